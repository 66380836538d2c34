// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *anon_folio_inverted(struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return NULL;
	if (alloc_zeroed())
		folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: alloc_zeroed() without "!" zeroes exactly when the allocator did: not a guard, conditional
 * check-findings-start
 * 13 unconvertible-zeroing reason=conditional-zeroing alloc=9
 * check-findings-end
 */
