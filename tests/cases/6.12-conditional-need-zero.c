// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *prealloc_maybe_zeroed(struct vm_area_struct *vma,
				    unsigned long addr, bool need_zero)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	if (need_zero)
		clear_user_highpage(&folio->page, addr);
	return folio;
}

/*
 * check-name: zeroing under a need_zero parameter while the other path returns the folio: unconvertible
 * check-findings-start
 * 13 unconvertible-zeroing reason=conditional-zeroing alloc=9
 * check-findings-end
 */
