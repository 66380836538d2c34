// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t hugetlb_new_folio_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;

	folio = alloc_hugetlb_folio(vma, haddr, 0);
	if (!folio)
		return VM_FAULT_OOM;
	folio_zero_user(folio, vmf->real_address);
	__folio_mark_uptodate(folio);
	folio_add_new_anon_rmap(folio, vma, haddr, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: hugetlb_no_page() shape: pool folio zeroed at a real user address: pool-allocator, not not-a-user-address
 * check-findings-start
 * 13 unconvertible-zeroing reason=pool-allocator alloc=10
 * check-findings-end
 */
