// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *mpol_user_folio(struct mempolicy *pol, pgoff_t ilx,
			      unsigned long addr)
{
	gfp_t gfp = GFP_HIGHUSER_MOVABLE;
	struct folio *folio;

	folio = folio_alloc_mpol(gfp, 0, pol, ilx, NUMA_NO_NODE,
				 addr);
	if (!folio)
		return NULL;
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: series folio_alloc_mpol() already given the address, guarded zeroing: manual-zeroing
 * check-findings-start
 * 15 manual-zeroing alloc=10
 * check-findings-end
 */
