// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t converted_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma,
				vmf->address, false);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: vma_alloc_folio(__GFP_ZERO) mapped into user space: the allocator has the address, no finding
 * check-findings-start
 * check-findings-end
 */
