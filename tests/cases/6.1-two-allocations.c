// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

int map_two_pages(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *lo, *hi;

	lo = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr);
	if (!lo)
		return -ENOMEM;
	hi = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr + PAGE_SIZE);
	if (!hi) {
		put_page(lo);
		return -ENOMEM;
	}
	clear_user_highpage(lo, addr);
	clear_user_highpage(hi, addr + PAGE_SIZE);
	page_add_new_anon_rmap(lo, vma, addr);
	page_add_new_anon_rmap(hi, vma, addr + PAGE_SIZE);
	return 0;
}

/*
 * check-name: two allocations in one function: each zeroing is reported against its own allocation
 * check-findings-start
 * 16 double-zeroing alloc=8
 * 17 double-zeroing alloc=11
 * check-findings-end
 */
