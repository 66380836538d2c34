// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *mapped_zero_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return NULL;

	void *kaddr = kmap_local_page(&folio->page);
	clear_page(kaddr);
	kunmap_local(kaddr);
	return folio;
}

/*
 * check-name: clear_page() on kmap_local_page(&folio->page): convert, fix drops the mapping too
 * check-findings-start
 * 13 double-zeroing alloc=8
 * check-findings-end
 */
