// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

static void zero_new_folio(struct folio *folio, unsigned long addr)
{
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, addr);
	__folio_mark_uptodate(folio);
}

struct folio *small_anon_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (folio)
		zero_new_folio(folio, addr);
	return folio;
}

struct folio *large_anon_folio(struct vm_area_struct *vma, unsigned long addr,
			       int order)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_TRANSHUGE, order, vma, addr);
	if (folio)
		zero_new_folio(folio, addr);
	return folio;
}

/*
 * check-name: a static guarded helper whose two callers both pass fresh folios: one finding per allocation
 * check-findings-start
 * 7 manual-zeroing alloc=15
 * 7 manual-zeroing alloc=26
 * check-findings-end
 */
