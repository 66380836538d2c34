// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* initialised in its declaration: no fix-it rather than an unused variable */
struct folio *declared_page(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	{
		struct page *page = &folio->page;

		clear_user_highpage(page, addr);
	}
	return folio;
}

/* the allocation's own variable is never taken for a copy and removed */
void only_zeroed(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	folio_zero_user(folio, addr);
}

/*
 * check-name: a copy of the page declared with its initialiser, or the allocation's own variable: no fix-it, never an unused variable or a lost allocation
 * check-findings-start
 * 15 double-zeroing alloc=9
 * 26 double-zeroing alloc=25
 * check-findings-end
 */
