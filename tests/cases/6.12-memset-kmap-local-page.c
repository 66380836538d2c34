// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *kmapped_zero_folio(struct vm_area_struct *vma,
				 unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;

	void *kaddr = kmap_local_page(folio_page(folio, 0));
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_local(kaddr);
	return folio;
}

/*
 * check-name: memset(.., 0, PAGE_SIZE) through kmap_local_page(folio_page(folio, 0)): convert, fix drops the mapping
 * check-findings-start
 * 14 double-zeroing alloc=9
 * check-findings-end
 */
