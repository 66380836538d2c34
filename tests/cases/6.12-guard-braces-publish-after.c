// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t guarded_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address,
				false);
	if (!folio)
		return VM_FAULT_OOM;
	if (user_alloc_needs_zeroing()) {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte,
		   mk_pte(&folio->page, vma->vm_page_prot));
	return 0;
}

/*
 * check-name: braced user_alloc_needs_zeroing() guard, published after the zeroing: manual-zeroing, fix drops the braces
 * check-findings-start
 * 14 manual-zeroing alloc=9
 * check-findings-end
 */
