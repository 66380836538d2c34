// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

int drv_mmap_scratch(struct vm_area_struct *vma)
{
	struct page *page = alloc_pages(GFP_HIGHUSER, 0);

	if (!page)
		return -ENOMEM;
	clear_highpage(page);
	return vm_insert_page(vma, vma->vm_start, page);
}

/*
 * check-name: alloc_pages() page zeroed with clear_highpage() and then vm_insert_page(): unconvertible
 * check-findings-start
 * 10 unconvertible-zeroing reason=no-user-address-parameter alloc=6
 * check-findings-end
 */
