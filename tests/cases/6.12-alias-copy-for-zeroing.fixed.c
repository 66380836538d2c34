// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* a copy made only for the zeroing goes with it, or -Wall would warn */
struct folio *copy_of_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
}

struct folio *page_of_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
}

struct folio *subpage_of_copy(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
}

/* a cast names the type, not the variable: nothing else to remove */
struct folio *cast_for_zeroing(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
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
