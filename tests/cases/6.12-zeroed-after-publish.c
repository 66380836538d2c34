// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t publish_first_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address,
				false);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	folio_zero_user(folio, vmf->address);
	return 0;
}

/*
 * check-name: folio_add_new_anon_rmap() and set_pte_range() run before folio_zero_user(): unconvertible
 * check-findings-start
 * 15 unconvertible-zeroing reason=zeroed-after-publish alloc=9
 * check-findings-end
 */
