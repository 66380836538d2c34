// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

struct folio *checked_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	if (folio_test_large(folio)) {
		dump_page(&folio->page, "unexpected large folio");
		BUG();
	}
	return folio;
}

struct folio *warned_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return NULL;
	if (folio_test_large(folio)) {
		dump_page(&folio->page, "unexpected large folio");
		return folio;
	}
	folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: a path that ends in BUG() uses nothing; the same path returning the folio is a use without the zeroing
 * check-findings-start
 * 15 double-zeroing alloc=8
 * 30 unconvertible-zeroing reason=conditional-zeroing alloc=23
 * check-findings-end
 */
