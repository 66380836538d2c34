// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *lowmem_user_page(struct vm_area_struct *vma, unsigned long vaddr)
{
	struct page *page;

	page = alloc_pages_vma(GFP_USER, 0, vma, vaddr, false);
	if (!page)
		return NULL;
	clear_page(page_address(page));
	return page;
}

/*
 * check-name: clear_page(page_address(page)) on a fresh user page: convert
 * check-findings-start
 * 11 double-zeroing alloc=8
 * check-findings-end
 */
