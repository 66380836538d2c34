// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t new_page_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *new_page;

	new_page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!new_page)
		return VM_FAULT_OOM;
	clear_user_highpage(new_page, vmf->address);
	__SetPageUptodate(new_page);
	page_add_new_anon_rmap(new_page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte,
		   mk_pte(new_page, vma->vm_page_prot));
	return 0;
}

/*
 * check-name: alloc_page_vma() then an unguarded clear_user_highpage(): convert to __GFP_ZERO
 * check-findings-start
 * 12 double-zeroing alloc=9
 * check-findings-end
 */
