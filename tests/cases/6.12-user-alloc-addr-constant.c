// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *prefault_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (folio)
		clear_user_highpage(&folio->page, 0);
	return folio;
}

/*
 * check-name: a user folio zeroed by clear_user_highpage() with the constant address 0: unconvertible
 * check-findings-start
 * 10 unconvertible-zeroing reason=not-a-user-address alloc=8
 * check-findings-end
 */
