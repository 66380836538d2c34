// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *get_pool_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio = alloc_hugetlb_folio(vma, addr, 0);

	return folio;
}

vm_fault_t pool_fault(struct vm_fault *vmf)
{
	struct folio *folio = get_pool_folio(vmf->vma, vmf->address);

	if (!folio)
		return VM_FAULT_OOM;
	folio_zero_user(folio, vmf->address);
	return 0;
}

/*
 * check-name: an exported wrapper of a hugetlb pool allocator: its caller's zeroing is unconvertible
 * check-findings-start
 * 17 unconvertible-zeroing reason=pool-allocator alloc=13
 * check-findings-end
 */
