// SPDX-License-Identifier: GPL-2.0-only
/*
 * gfpzero demo: hugetlb faults.  Pool pages were allocated ahead of the
 * fault and do not pass through post_alloc_hook() when handed out, so
 * __GFP_ZERO cannot replace this zeroing.  Our own code, in the shape
 * of the kernel's mm/hugetlb.c and mm/memfd.c.
 */
#include <kernel.h>

/* 6.1: a pool page, zeroed at the fault. */
vm_fault_t demo_hugetlb_no_page_61(struct vm_fault *vmf, struct hstate *h)
{
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct page *page;

	page = alloc_huge_page(vmf->vma, haddr, 0);
	if (!page)
		return VM_FAULT_SIGBUS;
	clear_huge_page(page, vmf->real_address, pages_per_huge_page(h));
	page_add_new_anon_rmap(page, vmf->vma, haddr);
	return 0;
}

/* 6.12: the folio version. */
vm_fault_t demo_hugetlb_no_page(struct vm_fault *vmf)
{
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;

	folio = alloc_hugetlb_folio(vmf->vma, haddr, 0);
	if (!folio)
		return VM_FAULT_SIGBUS;
	folio_zero_user(folio, vmf->real_address);
	folio_add_new_anon_rmap(folio, vmf->vma, haddr);
	return 0;
}

/* memfd: a reserved pool folio, zeroed with address 0 (not a user address). */
struct folio *demo_memfd_alloc_folio(struct hstate *h, int nid)
{
	struct folio *folio;

	folio = alloc_hugetlb_folio_reserve(h, nid, NULL, GFP_HIGHUSER);
	if (folio)
		folio_zero_user(folio, 0);
	return folio;
}
