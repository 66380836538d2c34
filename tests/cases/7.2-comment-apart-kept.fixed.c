// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

struct folio *commented_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	/*
	 * A comment that stands apart, with a blank line below it, is
	 * about more than the next statement: it stays.
	 */

	return folio;
}

/*
 * check-name: a comment separated from the removed zeroing by a blank line stays
 * check-findings-start
 * 16 double-zeroing alloc=8
 * check-findings-end
 */
