// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *head_page_zeroed(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		clear_user_highpage(folio_page(folio, 0), addr);
	return folio;
}

/*
 * check-name: clear_user_highpage() of folio_page(folio, 0) on an order-0 folio is full zeroing: convert
 * check-findings-start
 * 10 double-zeroing alloc=8
 * check-findings-end
 */
