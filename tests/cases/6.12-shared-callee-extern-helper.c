// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

void prepare_user_folio(struct folio *folio, unsigned long addr)
{
	folio_zero_user(folio, addr);
	__folio_mark_uptodate(folio);
}

struct folio *new_anon_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		prepare_user_folio(folio, addr);
	return folio;
}

/*
 * check-name: the zeroing sits in a non-static helper that other files may call with any folio: unconvertible
 * check-findings-start
 * 6 unconvertible-zeroing reason=shared-callee alloc=14
 * check-findings-end
 */
