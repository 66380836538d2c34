// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

void clear_subpages(struct page *page, unsigned long addr_hint,
		    unsigned int nr)
{
	unsigned long size = (unsigned long)nr << PAGE_SHIFT;
	unsigned long addr = ALIGN_DOWN(addr_hint, size);
	unsigned int i;

	for (i = 0; i < nr; i++)
		clear_user_highpage(page + i, addr + i * PAGE_SIZE);
}

/*
 * check-name: the body of a zeroing helper (a clear_huge_page() look-alike) with no fresh caller: no finding
 * check-findings-start
 * check-findings-end
 */
