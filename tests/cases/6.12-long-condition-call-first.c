// SPDX-License-Identifier: GPL-2.0-only
/*
 * The plugin reads a condition's text to decide whether the "if" can go
 * with the zeroing it guards.  Here each
 * condition starts with a call, which has side effects: the "if" must
 * stay, so no fix-it is given.  511, 512 and 525 characters between the
 * parentheses (the plugin once kept only the last 511, so a call at the
 * start was not seen and went with the "if"), and 200 lines.
 */
#include "kernel-6.12.h"

int count_zeroing(struct vm_area_struct *vma);

void call_511(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return;
	if (count_zeroing(vma) &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    flags != 0000000000000000)
		folio_zero_user(folio, addr);
	folio_put(folio);
}

void call_512(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return;
	if (count_zeroing(vma) &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    flags != 00000000000000000)
		folio_zero_user(folio, addr);
	folio_put(folio);
}

void call_525(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return;
	if (count_zeroing(vma) &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    vma->vm_start != 0 &&
	    flags != 000)
		folio_zero_user(folio, addr);
	folio_put(folio);
}

void call_many_lines(struct vm_area_struct *vma, unsigned long addr, int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return;
	if (count_zeroing(vma) &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags &&
	    flags)
		folio_zero_user(folio, addr);
	folio_put(folio);
}

/*
 * check-name: a call at the start of a condition of 511 to 525 characters or 200 lines keeps its if: no fix-it
 * check-findings-start
 * 40 double-zeroing alloc=18
 * 70 double-zeroing alloc=48
 * 101 double-zeroing alloc=78
 * 313 double-zeroing alloc=109
 * check-findings-end
 */
