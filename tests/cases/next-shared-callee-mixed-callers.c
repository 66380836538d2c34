// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

static void finish_user_folio(struct vm_fault *vmf, struct folio *folio)
{
	folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
}

vm_fault_t fresh_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	finish_user_folio(vmf, folio);
	return 0;
}

vm_fault_t reuse_fault(struct vm_fault *vmf, struct folio *cached)
{
	finish_user_folio(vmf, cached);
	return 0;
}

/*
 * check-name: a static helper zeroes a fresh folio for one caller and a cached folio for another: unconvertible
 * check-findings-start
 * 6 unconvertible-zeroing reason=shared-callee alloc=15
 * check-findings-end
 */
