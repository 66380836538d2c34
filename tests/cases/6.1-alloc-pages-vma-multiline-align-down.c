// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct page *alloc_user_huge(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page;

	page = alloc_pages_vma(GFP_TRANSHUGE, HPAGE_PMD_ORDER, vma,
			       ALIGN_DOWN(addr, HPAGE_PMD_SIZE),
			       true);
	if (!page)
		return NULL;
	clear_huge_page(page, addr, HPAGE_PMD_NR);
	return page;
}

/*
 * check-name: multi-line alloc_pages_vma() with ALIGN_DOWN() in the call; finding on the line naming the allocator
 * check-findings-start
 * 13 double-zeroing alloc=8
 * check-findings-end
 */
