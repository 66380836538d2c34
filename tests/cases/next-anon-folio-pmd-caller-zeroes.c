// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t pmd_fault_zero_again(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_anon_folio_pmd(vma, vmf->address);
	if (!folio)
		return VM_FAULT_FALLBACK;
	folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address & HPAGE_PMD_MASK,
				RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: vma_alloc_anon_folio_pmd() already zeroes; its caller zeroing again is double-zeroing
 * check-findings-start
 * 12 double-zeroing alloc=9
 * check-findings-end
 */
