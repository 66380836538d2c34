// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *new_user_page(struct vm_area_struct *vma, unsigned long vaddr)
{
	struct page *page = alloc_zeroed_user_highpage_movable(vma, vaddr);

	return page;
}

/*
 * check-name: alloc_zeroed_user_highpage_movable() (x86 macro, zeroes) zeroed again under if (page)
 * check-findings-start
 * 9 double-zeroing alloc=6
 * check-findings-end
 */
