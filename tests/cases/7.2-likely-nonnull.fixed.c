// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

struct folio *likely_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	return folio;
}

struct folio *unlikely_large(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return NULL;
	if (unlikely(folio_test_large(folio)))
		return folio;
	folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: likely(!!folio) is the allocation-failure test; unlikely() around another test is still a condition that skips the zeroing
 * check-findings-start
 * 10 double-zeroing alloc=8
 * 23 unconvertible-zeroing reason=conditional-zeroing alloc=18
 * check-findings-end
 */
