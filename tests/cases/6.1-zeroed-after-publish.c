// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t late_zero_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	page_add_new_anon_rmap(page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte,
		   mk_pte(page, vma->vm_page_prot));
	clear_user_highpage(page, vmf->address);
	return 0;
}

/*
 * check-name: rmap and set_pte_at(mk_pte(page)) before the zeroing: unconvertible
 * check-findings-start
 * 15 unconvertible-zeroing reason=zeroed-after-publish alloc=9
 * check-findings-end
 */
