// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *user_folio_without_vma(unsigned long addr)
{
	struct folio *folio = folio_alloc(GFP_HIGHUSER_MOVABLE, 0);

	if (folio)
		folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: folio_alloc() knows no user address but the folio is zeroed for one: unconvertible
 * check-findings-start
 * 9 unconvertible-zeroing reason=no-user-address-parameter alloc=6
 * check-findings-end
 */
