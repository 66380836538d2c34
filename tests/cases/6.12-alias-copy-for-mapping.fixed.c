// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/*
 * A copy of the folio made for the mapping, which the zeroing names too:
 * when the mapping and the zeroing go, the copy goes with them, or the
 * converted file would not build (-Werror=unused-but-set-variable).
 * Reduced from generated function fz55_1 of fuzz seed 20261203.
 */
struct folio *copy_mapped_and_zeroed(struct vm_area_struct *vma,
				     unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
}

/* the copy is used after the zeroing: it stays */
struct folio *copy_used_after(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct folio *copy;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	copy = folio;
	return copy;
}

/*
 * check-name: a copy used by the mapping and the zeroing goes with them; one used after stays
 * check-findings-start
 * 22 double-zeroing alloc=17
 * 39 double-zeroing alloc=34
 * check-findings-end
 */
