// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *user_page_without_vma(unsigned long vaddr)
{
	struct page *page = alloc_page(GFP_HIGHUSER);

	if (page)
		clear_user_highpage(page, vaddr);
	return page;
}

/*
 * check-name: alloc_page() has no user address, yet the page is zeroed for a user address: unconvertible
 * check-findings-start
 * 9 unconvertible-zeroing reason=no-user-address-parameter alloc=6
 * check-findings-end
 */
