// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* the aligned address also bounds the fault: it stays declared */
static struct folio *thp_alloc_pmd_folio(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	if (haddr < vma->vm_start || haddr + HPAGE_PMD_SIZE > vma->vm_end)
		return NULL;
	folio = vma_alloc_folio(gfp | __GFP_ZERO, HPAGE_PMD_ORDER, vma, vmf->address, true);
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
 * check-name: "unsigned long haddr = vmf->address & HPAGE_PMD_MASK;" still used after the conversion: declaration kept, the fault address passed (6.12)
 * check-findings-start
 * 18 manual-zeroing alloc=14
 * check-findings-end
 */
