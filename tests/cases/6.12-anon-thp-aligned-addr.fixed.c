// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

bool pte_range_none_at(struct vm_fault *vmf, unsigned long addr, int nr);

/* alloc_anon_folio() of 6.12, reduced */
struct folio *anon_folio_alloc(struct vm_fault *vmf, int order)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;
	unsigned long addr;
	gfp_t gfp;

	gfp = vma_thp_gfp_mask(vma);
	for (; order > 0; order--) {
		addr = ALIGN_DOWN(vmf->address, PAGE_SIZE << order);
		if (!pte_range_none_at(vmf, addr, 1 << order))
			continue;
		folio = vma_alloc_folio(gfp | __GFP_ZERO, order, vma, vmf->address, true);
		if (folio) {
			if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
				folio_put(folio);
				continue;
			}
			return folio;
		}
	}
	return vma_alloc_zeroed_movable_folio(vma, vmf->address);
}

/*
 * check-name: alloc_anon_folio() shape: ALIGN_DOWN() address to vma_alloc_folio(), fault address to folio_zero_user()
 * check-findings-start
 * 25 double-zeroing alloc=19
 * check-findings-end
 */
