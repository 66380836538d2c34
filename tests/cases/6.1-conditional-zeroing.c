// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t maybe_zero_fault(struct vm_fault *vmf, bool prefilled)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	if (!prefilled)
		clear_user_highpage(page, vmf->address);
	page_add_new_anon_rmap(page, vma, vmf->address);
	return 0;
}

/*
 * check-name: zeroing under a caller flag while the other path maps the page: unconvertible
 * check-findings-start
 * 13 unconvertible-zeroing reason=conditional-zeroing alloc=9
 * check-findings-end
 */
