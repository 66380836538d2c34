// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *poisoned_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		memset(folio_address(folio), 0xaa, PAGE_SIZE);
	return folio;
}

/*
 * check-name: memset() with a non-zero fill value is not zeroing: no finding
 * check-findings-start
 * check-findings-end
 */
