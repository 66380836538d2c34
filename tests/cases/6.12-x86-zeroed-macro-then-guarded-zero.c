// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t zero_twice_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_zeroed_movable_folio(vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: x86 vma_alloc_zeroed_movable_folio() macro already zeroes: double-zeroing even under the guard
 * check-findings-start
 * 13 double-zeroing alloc=9
 * check-findings-end
 */
