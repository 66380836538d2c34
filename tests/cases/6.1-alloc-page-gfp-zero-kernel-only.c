// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

void *alloc_zeroed_table(void)
{
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

	return page ? page_address(page) : NULL;
}

/*
 * check-name: alloc_page(__GFP_ZERO) that is never published: no finding
 * check-findings-start
 * check-findings-end
 */
