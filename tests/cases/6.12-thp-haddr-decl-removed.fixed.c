// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* the PMD fault allocation of 6.12, the aligned address declared once */
static struct folio *thp_alloc_pmd_folio(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(gfp | __GFP_ZERO, HPAGE_PMD_ORDER, vma, vmf->address,
				true);
	if (!folio)
		return NULL;
	return folio;
}

vm_fault_t thp_pmd_fault(struct vm_fault *vmf)
{
	struct folio *folio = thp_alloc_pmd_folio(vmf);

	if (!folio)
		return VM_FAULT_OOM;
	folio_put(folio);
	return 0;
}

/*
 * check-name: "unsigned long haddr = vmf->address & HPAGE_PMD_MASK;" only for the allocator: the declaration goes, the fault address is passed (6.12)
 * check-findings-start
 * 17 manual-zeroing alloc=12
 * check-findings-end
 */
