// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *second_page_zeroed(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 1, vma, addr, false);
	if (!folio)
		return NULL;
	kaddr = kmap_local_folio(folio, PAGE_SIZE);
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_local(kaddr);
	return folio;
}

/*
 * check-name: kmap_local_folio() at a non-zero offset maps the second page only: unconvertible
 * check-findings-start
 * 13 unconvertible-zeroing reason=partial-zeroing alloc=9
 * check-findings-end
 */
