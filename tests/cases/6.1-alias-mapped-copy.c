// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* a copy of the page made only to map it goes with the mapping */
struct page *mapped_copy(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page;
	struct page *new;
	void *kaddr;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr);
	if (!page)
		return NULL;
	new = page;
	kaddr = kmap_atomic(new);
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_atomic(kaddr);
	return page;
}

struct page *mapped_inline(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page;
	struct page *new;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr);
	if (!page)
		return NULL;
	new = page;
	clear_page(page_address(new));
	return page;
}

/*
 * check-name: a copy of the page that only the removed mapping used goes with it
 * check-findings-start
 * 16 double-zeroing alloc=11
 * 30 double-zeroing alloc=26
 * check-findings-end
 */
