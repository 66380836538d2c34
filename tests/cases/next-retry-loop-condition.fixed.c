// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/*
 * The allocation is in a loop, so it does not dominate the zeroing: the
 * conditions between them must still be seen.
 */
struct folio *retry_then_condition(struct vm_area_struct *vma,
				   unsigned long addr, int tries, int flags)
{
	struct folio *folio = NULL;
	int i;

	for (i = 0; i < tries; i++) {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
		if (folio)
			break;
	}
	if (!folio)
		return NULL;
	if (flags & 1)
		folio_zero_user(folio, addr);
	__folio_mark_uptodate(folio);
	return folio;
}

struct folio *retry_then_guard(struct vm_area_struct *vma,
			       unsigned long addr, int tries)
{
	struct folio *folio = NULL;
	int i;

	for (i = 0; i < tries; i++) {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
		if (folio)
			break;
	}
	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: the conditions after a retry loop are seen: an ordinary one makes the zeroing conditional, a guard makes it manual
 * check-findings-start
 * 22 unconvertible-zeroing reason=conditional-zeroing alloc=15
 * 41 manual-zeroing alloc=34
 * check-findings-end
 */
