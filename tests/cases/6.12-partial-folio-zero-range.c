// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *head_zeroed_folio(struct vm_area_struct *vma, unsigned long addr,
				unsigned long len)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		folio_zero_range(folio, 0, len);
	return folio;
}

/*
 * check-name: folio_zero_range() is a range helper: unconvertible
 * check-findings-start
 * 11 unconvertible-zeroing reason=partial-zeroing alloc=9
 * check-findings-end
 */
