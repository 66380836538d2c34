// SPDX-License-Identifier: GPL-2.0-only
/*
 * gfpzero demo: PMD-sized transparent huge pages, in the 6.1 and 6.12
 * shapes.  Our own code, in the shape of the kernel's mm/huge_memory.c.
 */
#include <kernel.h>

/* 6.1: a huge page, zeroed subpage by subpage near the fault. */
vm_fault_t demo_huge_pmd_anonymous_page_61(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct page *page;

	page = alloc_pages_vma(GFP_TRANSHUGE, HPAGE_PMD_ORDER, vma, haddr,
			       true);
	if (unlikely(!page))
		return VM_FAULT_OOM;
	clear_huge_page(page, vmf->address, HPAGE_PMD_NR);
	page_add_new_anon_rmap(page, vma, haddr);
	return 0;
}

/* 6.12: the folio version, with the guard. */
static struct folio *demo_alloc_pmd_folio(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_TRANSHUGE, HPAGE_PMD_ORDER, vma, haddr,
				true);
	if (unlikely(!folio))
		return NULL;
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, vmf->address);
	return folio;
}

vm_fault_t demo_huge_pmd_anonymous_page(struct vm_fault *vmf)
{
	struct folio *folio = demo_alloc_pmd_folio(vmf);

	if (!folio)
		return VM_FAULT_OOM;
	map_anon_folio_pmd(folio, vmf);
	return 0;
}
