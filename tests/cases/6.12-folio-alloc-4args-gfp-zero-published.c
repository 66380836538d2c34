// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t node_anon_fault(struct vm_fault *vmf, int nid)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = __folio_alloc(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, nid, NULL);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: four-argument __folio_alloc(__GFP_ZERO) mapped into user space: zeroed without the user address
 * check-findings-start
 * 9 zero-without-user-addr alloc=9
 * check-findings-end
 */
