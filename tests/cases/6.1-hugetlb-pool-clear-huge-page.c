// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* hugetlb_no_page() of 6.1 */
vm_fault_t hugetlb_fault_new(struct vm_fault *vmf, struct hstate *h)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct page *page;

	page = alloc_huge_page(vma, haddr, 0);
	if (!page)
		return VM_FAULT_OOM;
	clear_huge_page(page, vmf->address, 1U << h->order);
	__SetPageUptodate(page);
	set_pte_at(vma->vm_mm, haddr, vmf->pte,
		   mk_pte(page, vma->vm_page_prot));
	return 0;
}

/*
 * check-name: hugetlb alloc_huge_page() pool page zeroed at fault time: unconvertible, pool pages skip post_alloc_hook()
 * check-findings-start
 * 14 unconvertible-zeroing reason=pool-allocator alloc=11
 * check-findings-end
 */
