// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1-arm.h"

/* the generic alloc_zeroed_user_highpage_movable() body, as ARM builds it */
static struct page *arm_zeroed_user_page(struct vm_area_struct *vma,
					 unsigned long vaddr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vaddr);

	if (page)
		clear_user_highpage(page, vaddr);
	return page;
}

vm_fault_t arm_anon_fault(struct vm_fault *vmf)
{
	struct page *page = arm_zeroed_user_page(vmf->vma, vmf->address);

	if (!page)
		return VM_FAULT_OOM;
	page_add_new_anon_rmap(page, vmf->vma, vmf->address);
	return 0;
}

/*
 * check-name: ARM clear_user_highpage() is an indirect call through cpu_user: still found by its macro name
 * check-findings-start
 * 11 double-zeroing alloc=8
 * check-findings-end
 */
