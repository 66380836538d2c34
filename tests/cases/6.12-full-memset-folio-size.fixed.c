// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *lowmem_user_folio(struct vm_area_struct *vma, unsigned long addr,
				int order)
{
	struct folio *folio = vma_alloc_folio(GFP_HIGHUSER | __GFP_ZERO, order, vma, addr,
					      true);

	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: memset(folio_address(folio), 0, folio_size(folio)) is full zeroing: convert
 * check-findings-start
 * 12 double-zeroing alloc=7
 * check-findings-end
 */
