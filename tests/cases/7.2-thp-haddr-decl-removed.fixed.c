// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/* the PMD fault allocation of 7.x, the aligned address declared last */
static struct folio *thp_fault_alloc(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(gfp | __GFP_ZERO, HPAGE_PMD_ORDER, vma, vmf->address);
	if (unlikely(!folio)) {
		count_vm_event(THP_FAULT_FALLBACK);
		return NULL;
	}
	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		return NULL;
	}
	return folio;
}

vm_fault_t thp_fault(struct vm_fault *vmf)
{
	struct folio *folio = thp_fault_alloc(vmf);

	if (unlikely(!folio))
		return VM_FAULT_FALLBACK;
	folio_put(folio);
	return 0;
}

/*
 * check-name: "unsigned long haddr = ALIGN_DOWN(vmf->address, ...);" over two lines, declared last, only for the allocator: the declaration goes, the fault address is passed (7.x)
 * check-findings-start
 * 23 manual-zeroing alloc=13
 * check-findings-end
 */
