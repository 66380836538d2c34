// SPDX-License-Identifier: GPL-2.0-only
/*
 * gfpzero demo: a character device that maps zeroed pages into user
 * space.  Its allocators never see a user address, so the zeroing
 * goes through the kernel alias only.  Our own code.
 */
#include <kernel.h>

/* 6.1 shape: alloc_page() plus clear_highpage(), then vm_insert_page(). */
int demo_zpage_mmap_61(struct vm_area_struct *vma)
{
	struct page *page;
	int err;

	page = alloc_page(GFP_KERNEL);
	if (!page)
		return -ENOMEM;
	clear_highpage(page);
	err = vm_insert_page(vma, vma->vm_start, page);
	if (err)
		__free_pages(page, 0);
	return err;
}

/* 6.1 shape: __GFP_ZERO, but the allocator has no user address. */
int demo_zpage_mmap_gfp_61(struct vm_area_struct *vma)
{
	struct page *page;
	int err;

	page = alloc_page(GFP_KERNEL | __GFP_ZERO);
	if (!page)
		return -ENOMEM;
	err = vm_insert_page(vma, vma->vm_start, page);
	if (err)
		__free_pages(page, 0);
	return err;
}

/* 6.12 shape: the same with a folio. */
int demo_zpage_mmap(struct vm_area_struct *vma)
{
	struct folio *folio;
	int err;

	folio = folio_alloc(GFP_KERNEL | __GFP_ZERO, 0);
	if (!folio)
		return -ENOMEM;
	err = vm_insert_page(vma, vma->vm_start, folio_page(folio, 0));
	if (err)
		folio_put(folio);
	return err;
}

/* allocator series shape: __GFP_ZERO, but explicitly no user address. */
int demo_zpage_mmap_series(struct vm_area_struct *vma)
{
	struct folio *folio;
	int err;

	folio = __folio_alloc(GFP_KERNEL | __GFP_ZERO, 0, NUMA_NO_NODE, NULL,
			      USER_ADDR_NONE);
	if (!folio)
		return -ENOMEM;
	err = vm_insert_page(vma, vma->vm_start, folio_page(folio, 0));
	if (err)
		folio_put(folio);
	return err;
}

/* a partial zeroing: only the tail beyond the data is cleared. */
int demo_zpage_fill(struct vm_area_struct *vma, unsigned long addr, size_t len)
{
	struct folio *folio;
	int err;

	folio = vma_alloc_folio(GFP_HIGHUSER, 0, vma, addr, false);
	if (!folio)
		return -ENOMEM;
	if (len < PAGE_SIZE)
		folio_zero_range(folio, len, PAGE_SIZE - len);
	err = vm_insert_page(vma, addr, folio_page(folio, 0));
	if (err)
		folio_put(folio);
	return err;
}
