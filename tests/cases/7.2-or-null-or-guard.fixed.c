// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

struct folio *or_guarded_folio(struct vm_area_struct *vma,
			       unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (NULL == folio || !user_alloc_needs_zeroing())
		return folio;
	return folio;
}

struct folio *or_other_condition(struct vm_area_struct *vma,
				 unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio || folio_test_large(folio))
		return folio;
	folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: "NULL == folio || !guard()" returns before a guarded zeroing; "|| another test" returns the folio unzeroed
 * check-findings-start
 * 12 manual-zeroing alloc=9
 * 24 unconvertible-zeroing reason=conditional-zeroing alloc=21
 * check-findings-end
 */
