// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *half_zeroed_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	kaddr = kmap_local_folio(folio, 0);
	memset(kaddr, 0, PAGE_SIZE / 2);
	kunmap_local(kaddr);
	return folio;
}

/*
 * check-name: memset() of half a page through kmap_local_folio(folio, 0): unconvertible
 * check-findings-start
 * 13 unconvertible-zeroing reason=partial-zeroing alloc=9
 * check-findings-end
 */
