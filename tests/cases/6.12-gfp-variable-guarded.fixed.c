// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *thp_user_folio(struct vm_area_struct *vma, unsigned long addr)
{
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(gfp | __GFP_ZERO, HPAGE_PMD_ORDER, vma, addr, true);
	if (!folio)
		return NULL;
	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		return NULL;
	}
	return folio;
}

/*
 * check-name: a local gfp variable without __GFP_ZERO and a guarded zeroing: manual-zeroing, flag added after the variable
 * check-findings-start
 * 17 manual-zeroing alloc=9
 * check-findings-end
 */
