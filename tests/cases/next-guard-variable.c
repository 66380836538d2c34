// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t guard_in_variable(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;
	bool need;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	need = user_alloc_needs_zeroing();
	if (need)
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: a guard predicate's result kept in a variable first is still a guard
 * check-findings-start
 * 14 manual-zeroing alloc=9
 * check-findings-end
 */
