// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* do_huge_pmd_anonymous_page() of 6.1 with its helper folded in */
vm_fault_t huge_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;
	struct page *page;

	if (haddr < vma->vm_start || haddr + HPAGE_PMD_SIZE > vma->vm_end)
		return VM_FAULT_FALLBACK;
	folio = vma_alloc_folio(GFP_TRANSHUGE | __GFP_ZERO, HPAGE_PMD_ORDER, vma, vmf->address,
				true);
	if (!folio)
		return VM_FAULT_FALLBACK;
	page = &folio->page;
	if (mem_cgroup_charge(folio, vma->vm_mm, GFP_TRANSHUGE)) {
		folio_put(folio);
		return VM_FAULT_FALLBACK;
	}
	__SetPageUptodate(page);
	set_pmd_at(vma->vm_mm, haddr, vmf->pmd,
		   mk_huge_pmd(page, vma->vm_page_prot));
	return 0;
}

/*
 * check-name: THP: allocation gets the PMD-aligned haddr, clear_huge_page() the fault address; fix passes the fault address
 * check-findings-start
 * 23 double-zeroing alloc=14
 * check-findings-end
 */
