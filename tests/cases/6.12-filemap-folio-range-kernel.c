// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *eof_folio(gfp_t gfp, unsigned long valid)
{
	struct folio *folio = filemap_alloc_folio(gfp, 0);

	if (folio)
		folio_zero_range(folio, valid, PAGE_SIZE - valid);
	return folio;
}

/*
 * check-name: a page cache folio zeroed past EOF, not published here: NOADDR kernel use, no finding
 * check-findings-start
 * check-findings-end
 */
