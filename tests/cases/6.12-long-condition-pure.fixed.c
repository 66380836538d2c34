// SPDX-License-Identifier: GPL-2.0-only
/*
 * The plugin reads a condition's text to decide whether the "if" can go
 * with the zeroing it guards.  Here every
 * condition is pure, 511, 512 and 513 characters long between its
 * parentheses (the plugin once kept 511 of them in a fixed buffer) and,
 * in cond_many_lines(), 200 lines long (a blank for each line past the
 * buffer was written beyond it): each "if" goes with its zeroing.
 */
#include "kernel-6.12.h"

void cond_511(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return;
	folio_put(folio);
}

void cond_512(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return;
	folio_put(folio);
}

void cond_513(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return;
	folio_put(folio);
}

void cond_many_lines(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return;
	folio_put(folio);
}

/*
 * check-name: conditions at and past 512 characters are read whole: pure, the if goes with the zeroing
 * check-findings-start
 * 38 double-zeroing alloc=16
 * 68 double-zeroing alloc=46
 * 98 double-zeroing alloc=76
 * 310 double-zeroing alloc=106
 * check-findings-end
 */
