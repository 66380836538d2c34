// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *tail_page_zeroed(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 1, vma, addr, false);
	if (folio)
		clear_user_highpage(folio_page(folio, 1), addr + PAGE_SIZE);
	return folio;
}

/*
 * check-name: clear_user_highpage() of folio_page(folio, 1) zeroes one subpage: unconvertible
 * check-findings-start
 * 10 unconvertible-zeroing reason=partial-zeroing alloc=8
 * check-findings-end
 */
