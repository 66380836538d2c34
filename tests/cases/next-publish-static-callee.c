// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* drivers/android/binder_alloc.c (7.2), in short */
static struct page *binder_page_alloc(void)
{
	return alloc_page(GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO);
}

static int binder_page_insert(struct vm_area_struct *vma, unsigned long addr,
			      struct page *page)
{
	return vm_insert_page(vma, addr, page);
}

int binder_install_single_page(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page;
	int ret;

	page = binder_page_alloc();
	if (!page)
		return -ENOMEM;
	ret = binder_page_insert(vma, addr, page);
	if (ret)
		put_page(page);
	return ret;
}

static void map_user_folio(struct vm_fault *vmf, struct folio *folio)
{
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
}

vm_fault_t mapped_then_zeroed(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	map_user_folio(vmf, folio);
	folio_zero_user(folio, vmf->address);
	return 0;
}

/*
 * check-name: a static callee that maps its parameter publishes the page: zero-without-user-addr, zeroed-after-publish
 * check-findings-start
 * 21 zero-without-user-addr alloc=21
 * 43 unconvertible-zeroing reason=zeroed-after-publish alloc=39
 * check-findings-end
 */
