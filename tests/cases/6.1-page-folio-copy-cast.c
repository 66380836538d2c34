// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t folio_view_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page, *new_page;
	struct folio *folio;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	new_page = page;
	folio = page_folio(new_page);
	if (mem_cgroup_charge(folio, vma->vm_mm, GFP_KERNEL)) {
		folio_put(folio);
		return VM_FAULT_OOM;
	}
	clear_user_highpage((struct page *)folio, vmf->address);
	page_add_new_anon_rmap(new_page, vma, vmf->address);
	return 0;
}

/*
 * check-name: the fresh page followed through a copy, page_folio() and a cast back to struct page
 * check-findings-start
 * 19 double-zeroing alloc=10
 * check-findings-end
 */
