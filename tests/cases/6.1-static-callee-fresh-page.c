// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

static void prep_new_user_page(struct page *page, unsigned long addr)
{
	clear_user_highpage(page, addr);
	__SetPageUptodate(page);
}

vm_fault_t helper_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	prep_new_user_page(page, vmf->address);
	page_add_new_anon_rmap(page, vma, vmf->address);
	return 0;
}

/*
 * check-name: a static helper zeroes the fresh page of its only caller: convert, reported in the helper
 * check-findings-start
 * 6 double-zeroing alloc=15
 * check-findings-end
 */
