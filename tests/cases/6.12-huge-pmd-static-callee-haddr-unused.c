// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* the fault address zeroed in the callee; the aligned one only allocates */

static vm_fault_t huge_pmd_anon_finish(struct vm_fault *vmf, struct page *page,
				       gfp_t gfp)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio = page_folio(page);

	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		return VM_FAULT_FALLBACK;
	}
	folio_zero_user(folio, vmf->address);
	__folio_mark_uptodate(folio);
	return 0;
}

vm_fault_t huge_pmd_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;
	gfp_t gfp;

	gfp = vma_thp_gfp_mask(vma);
	folio = vma_alloc_folio(gfp, HPAGE_PMD_ORDER, vma, haddr, true);
	if (!folio)
		return VM_FAULT_FALLBACK;
	return huge_pmd_anon_finish(vmf, &folio->page, gfp);
}

unsigned long thp_fault_mask(struct vm_area_struct *vma);

static vm_fault_t huge_pmd_mask_finish(struct vm_fault *vmf,
				       struct folio *folio)
{
	folio_zero_user(folio, vmf->address);
	__folio_mark_uptodate(folio);
	return 0;
}

/* an initialiser that calls: the declaration and the aligned argument stay */
vm_fault_t huge_pmd_mask_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & thp_fault_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(vma_thp_gfp_mask(vma), HPAGE_PMD_ORDER, vma,
				haddr, true);
	if (!folio)
		return VM_FAULT_FALLBACK;
	return huge_pmd_mask_finish(vmf, folio);
}

/*
 * check-name: static callee zeroes at vmf->address, the caller's "unsigned long haddr = vmf->address & HPAGE_PMD_MASK;" only for the allocator: the declaration goes with the aligned argument; one that calls stays with it
 * check-findings-start
 * 16 double-zeroing alloc=29
 * 40 double-zeroing alloc=52
 * check-findings-end
 */
