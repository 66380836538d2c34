// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

void copy_huge_folio(struct folio *dst, struct folio *src);

vm_fault_t hugetlb_copy_fault(struct vm_fault *vmf, struct folio *src)
{
	struct folio *folio = alloc_hugetlb_folio(vmf->vma, vmf->address, 0);

	if (!folio)
		return VM_FAULT_OOM;
	copy_huge_folio(folio, src);
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: a pool folio filled by copying and mapped, never zeroed: no finding
 * check-findings-start
 * check-findings-end
 */
