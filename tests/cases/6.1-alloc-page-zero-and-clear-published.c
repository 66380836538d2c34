// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

int drv_mmap_cleared(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = alloc_page(GFP_HIGHUSER | __GFP_ZERO);

	if (!page)
		return -ENOMEM;
	clear_user_highpage(page, addr);
	return vm_insert_page(vma, addr, page);
}

/*
 * check-name: alloc_page(__GFP_ZERO), clear_user_highpage() and vm_insert_page(): both checks report, independently
 * check-findings-start
 * 6 zero-without-user-addr alloc=6
 * 10 unconvertible-zeroing reason=no-user-address-parameter alloc=6
 * check-findings-end
 */
