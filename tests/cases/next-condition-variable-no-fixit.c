// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

int check_vma(struct vm_area_struct *vma);

/*
 * The condition's variable holds a call's answer: removing the "if" would
 * leave it set but not used, and its call may matter: no fix-it.
 */
void checked_zeroing(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	int ok;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return;
	ok = check_vma(vma);
	if (ok)
		folio_zero_user(folio, addr);
	folio_put(folio);
}

/*
 * check-name: an if on a variable that holds a call's answer is not removed with the zeroing: no fix-it
 * check-findings-start
 * 20 double-zeroing alloc=15
 * check-findings-end
 */
