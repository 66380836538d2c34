// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* a copy made only for the zeroing goes with it, or -Wall would warn */
struct folio *copy_of_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct folio *new;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	new = folio;
	folio_zero_user(new, addr);
	return folio;
}

struct folio *page_of_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct page *page;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	page = &folio->page;
	clear_user_highpage(page, addr);
	return folio;
}

struct folio *subpage_of_copy(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct folio *new;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	new = folio;
	clear_user_highpage(folio_page(new, 0), addr);
	return folio;
}

/* a cast names the type, not the variable: nothing else to remove */
struct folio *cast_for_zeroing(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	folio_zero_user((struct folio *)folio, addr);
	return folio;
}

/*
 * check-name: a variable that only carried the page to the zeroing goes with it
 * check-findings-start
 * 14 double-zeroing alloc=10
 * 27 double-zeroing alloc=23
 * 40 double-zeroing alloc=36
 * 52 double-zeroing alloc=49
 * check-findings-end
 */
