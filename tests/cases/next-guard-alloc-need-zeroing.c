// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t anon_fault_need_zeroing(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (alloc_need_zeroing())
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: four-argument vma_alloc_folio(), zeroing guarded by alloc_need_zeroing(): manual-zeroing
 * check-findings-start
 * 13 manual-zeroing alloc=9
 * check-findings-end
 */
