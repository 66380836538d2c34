// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *direct_mapped_folio(struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_USER | __GFP_ZERO, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: clear_page(folio_address(folio)) on a fresh order-0 user folio: convert
 * check-findings-start
 * 12 double-zeroing alloc=9
 * check-findings-end
 */
