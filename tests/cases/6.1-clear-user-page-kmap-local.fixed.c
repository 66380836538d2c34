// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t user_page_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;

	page_add_new_anon_rmap(page, vma, vmf->address);
	return 0;
}

/*
 * check-name: clear_user_page() on a kmap_local_page() mapping of a fresh page; fix drops the mapping too
 * check-findings-start
 * 14 double-zeroing alloc=9
 * check-findings-end
 */
