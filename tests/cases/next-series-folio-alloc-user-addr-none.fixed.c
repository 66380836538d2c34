// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *node_user_folio(unsigned long addr, int nid)
{
	struct folio *folio;

	folio = __folio_alloc(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, nid, NULL,
			      addr);
	return folio;
}

/*
 * check-name: series __folio_alloc() with USER_ADDR_NONE and a later folio_zero_user(): fix passes the address
 * check-findings-start
 * 11 double-zeroing alloc=8
 * check-findings-end
 */
