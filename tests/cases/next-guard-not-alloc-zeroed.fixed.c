// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *anon_folio_not_zeroed(struct vm_area_struct *vma,
				    unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: zeroing guarded by !alloc_zeroed(): manual-zeroing
 * check-findings-start
 * 13 manual-zeroing alloc=9
 * check-findings-end
 */
