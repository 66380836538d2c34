// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t release_path_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (!vmf->pte)
		goto release;
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
release:
	folio_put(folio);
	return VM_FAULT_OOM;
}

/*
 * check-name: a goto to a label that puts the folio is an error path: the zeroing is not conditional
 * check-findings-start
 * 14 double-zeroing alloc=9
 * check-findings-end
 */
