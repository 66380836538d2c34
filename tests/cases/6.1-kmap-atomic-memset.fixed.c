// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *zeroed_user_page(struct vm_area_struct *vma, unsigned long vaddr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, vma, vaddr);

	if (!page)
		return NULL;

	return page;
}

/*
 * check-name: memset(.., 0, PAGE_SIZE) through a kmap_atomic() mapping; fix drops the mapping too
 * check-findings-start
 * 12 double-zeroing alloc=6
 * check-findings-end
 */
