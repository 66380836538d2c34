// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

struct prep_ops {
	void (*prep)(struct page *page, unsigned long addr);
};

static struct prep_ops drv_ops;

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

/* calls nothing of the catalogue: gfpzero's copy for spatch has it blank */
void drv_init(void)
{
	drv_ops.prep = prep_new_user_page;
}

/*
 * check-name: a static helper that zeroes its caller's fresh page, but its address is taken elsewhere: not converted
 * check-findings-start
 * 12 unconvertible-zeroing reason=shared-callee alloc=21
 * check-findings-end
 */
