// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct page *series_user_page(unsigned long vaddr, int nid)
{
	struct page *page = __alloc_pages(GFP_HIGHUSER, 0, nid, NULL,
					  USER_ADDR_NONE);

	if (page)
		clear_user_highpage(page, vaddr);
	return page;
}

/*
 * check-name: series __alloc_pages() with USER_ADDR_NONE and clear_user_highpage(): fix passes vaddr
 * check-findings-start
 * 10 double-zeroing alloc=6
 * check-findings-end
 */
