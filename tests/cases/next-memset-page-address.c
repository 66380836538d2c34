// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct page *lowmem_anon_page(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct page *page;

	folio = vma_alloc_folio(GFP_USER, 0, vma, addr);
	if (!folio)
		return NULL;
	page = &folio->page;
	memset(page_address(page), 0, PAGE_SIZE);
	return page;
}

/*
 * check-name: memset(page_address(page), 0, PAGE_SIZE) with page = &folio->page: convert
 * check-findings-start
 * 13 double-zeroing alloc=9
 * check-findings-end
 */
