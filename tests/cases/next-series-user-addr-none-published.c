// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

int zpage_mmap_one(struct vm_area_struct *vma, unsigned long uaddr, int nid)
{
	struct page *page;

	page = __alloc_pages(GFP_HIGHUSER | __GFP_ZERO, 0, nid, NULL,
			     USER_ADDR_NONE);
	if (!page)
		return -ENOMEM;
	return vm_insert_page(vma, uaddr, page);
}

/*
 * check-name: series __alloc_pages(__GFP_ZERO, ..., USER_ADDR_NONE) then vm_insert_page: zeroed through the kernel alias only
 * check-findings-start
 * 8 zero-without-user-addr alloc=8
 * check-findings-end
 */
