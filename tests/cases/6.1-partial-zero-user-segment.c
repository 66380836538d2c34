// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *half_zeroed_page(struct vm_area_struct *vma, unsigned long vaddr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vaddr);

	if (page)
		zero_user_segment(page, 0, PAGE_SIZE / 2);
	return page;
}

/*
 * check-name: zero_user_segment() zeroes part of the page: unconvertible
 * check-findings-start
 * 9 unconvertible-zeroing reason=partial-zeroing alloc=6
 * check-findings-end
 */
