// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *zeroed_user_folio(struct vm_area_struct *vma, unsigned long addr)
{
	gfp_t gfp = GFP_HIGHUSER_MOVABLE | __GFP_ZERO;
	struct folio *folio;

	folio = vma_alloc_folio(gfp, 0, vma, addr, false);
	if (!folio)
		return NULL;
	if (user_alloc_needs_zeroing())
		clear_user_highpage(&folio->page, addr);
	return folio;
}

/*
 * check-name: a local gfp variable carrying __GFP_ZERO: double-zeroing even under the guard, no flag added
 * check-findings-start
 * 13 double-zeroing alloc=9
 * check-findings-end
 */
