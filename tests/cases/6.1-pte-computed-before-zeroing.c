// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t early_entry_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;
	pte_t entry;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	entry = mk_pte(page, vma->vm_page_prot);
	clear_user_highpage(page, vmf->address);
	page_add_new_anon_rmap(page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte, entry);
	return 0;
}

/*
 * check-name: mk_pte() computed before the zeroing but set_pte_at() after it: not zeroed-after-publish, convert
 * check-findings-start
 * 14 double-zeroing alloc=10
 * check-findings-end
 */
