// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

void *alloc_table_page(void)
{
	struct page *page = alloc_page(GFP_KERNEL);

	if (!page)
		return NULL;
	clear_highpage(page);
	return page_address(page);
}

/*
 * check-name: alloc_page() zeroed with clear_highpage() and never published: a kernel page, no finding
 * check-findings-start
 * check-findings-end
 */
