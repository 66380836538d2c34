// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* a driver's mmap handler */
int drv_mmap_page(struct vm_area_struct *vma)
{
	struct page *page = alloc_page(GFP_KERNEL | __GFP_ZERO);

	if (!page)
		return -ENOMEM;
	return vm_insert_page(vma, vma->vm_start, page);
}

/*
 * check-name: alloc_page(__GFP_ZERO) mapped to user space by vm_insert_page(): zeroed without the user address
 * check-findings-start
 * 7 zero-without-user-addr alloc=7
 * check-findings-end
 */
