// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct lru_page {
	struct page *page_ptr;
};

/* binder_update_page_range() of 6.1, reduced: the page is kept in a field */
int binder_map_field(struct vm_area_struct *vma, struct lru_page *page,
		     unsigned long user_page_addr)
{
	page->page_ptr = alloc_page(GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO);
	if (!page->page_ptr)
		return -ENOMEM;
	return vm_insert_page(vma, user_page_addr, page[0].page_ptr);
}

/* the field may also hold a page from elsewhere: not followed */
int map_field_or_spare(struct vm_area_struct *vma, struct lru_page *page,
		       struct page *spare, unsigned long user_page_addr)
{
	page->page_ptr = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!page->page_ptr)
		page->page_ptr = spare;
	return vm_insert_page(vma, user_page_addr, page->page_ptr);
}

/* read before the store: the old page, not the fresh one */
int map_old_page(struct vm_area_struct *vma, struct lru_page *page,
		 unsigned long user_page_addr)
{
	struct page *old = page->page_ptr;

	page->page_ptr = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!page->page_ptr)
		return -ENOMEM;
	return vm_insert_page(vma, user_page_addr, old);
}

/*
 * check-name: a __GFP_ZERO page kept in a struct field and mapped from there (6.1 binder): followed from the store to the loads it dominates, when nothing else is stored there
 * check-cocci-differs: the semantic patch follows a page through local variables only, not through a store to a field and a load back
 * check-findings-start
 * 12 zero-without-user-addr alloc=12
 * check-findings-end
 * check-cocci-findings-start
 * check-cocci-findings-end
 */
