// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t series_anon_fault(struct vm_fault *vmf, int nid)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = __folio_alloc(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, nid, NULL,
			      vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: the converted form: series __folio_alloc(__GFP_ZERO, .., addr), mapped, no zeroing: no finding
 * check-findings-start
 * check-findings-end
 */
