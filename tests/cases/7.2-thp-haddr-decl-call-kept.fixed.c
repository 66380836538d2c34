// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

unsigned long thp_fault_mask(struct vm_area_struct *vma);
unsigned long thp_fault_haddr(struct vm_fault *vmf);

/* the aligned address's initialiser calls: it stays, and so does its use */
static struct folio *thp_fault_alloc(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & thp_fault_mask(vma);
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(gfp | __GFP_ZERO, HPAGE_PMD_ORDER, vma, haddr);
	if (unlikely(!folio))
		return NULL;
	return folio;
}

/* the whole aligned address from a call */
static struct folio *thp_fault_alloc_haddr(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = thp_fault_haddr(vmf);
	struct folio *folio;

	folio = vma_alloc_folio(vma_thp_gfp_mask(vma) | __GFP_ZERO, HPAGE_PMD_ORDER, vma,
				haddr);
	if (!folio)
		return NULL;
	return folio;
}

vm_fault_t thp_fault(struct vm_fault *vmf)
{
	struct folio *folio = thp_fault_alloc(vmf);

	if (unlikely(!folio))
		folio = thp_fault_alloc_haddr(vmf);
	if (unlikely(!folio))
		return VM_FAULT_FALLBACK;
	folio_put(folio);
	return 0;
}

/*
 * check-name: an aligned address declared with an initialiser that calls (vmf->address & mask(vma), get_haddr(vmf)): declaration and aligned argument kept, no unused variable (7.x)
 * check-findings-start
 * 19 manual-zeroing alloc=15
 * 34 double-zeroing alloc=30
 * check-findings-end
 */
