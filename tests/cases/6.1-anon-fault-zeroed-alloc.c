// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* do_anonymous_page() of 6.1 as x86 builds it */
vm_fault_t anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *page;
	pte_t entry;

	page = alloc_zeroed_user_highpage_movable(vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	if (mem_cgroup_charge(page_folio(page), vma->vm_mm, GFP_KERNEL)) {
		put_page(page);
		return VM_FAULT_OOM;
	}
	__SetPageUptodate(page);
	entry = mk_pte(page, vma->vm_page_prot);
	page_add_new_anon_rmap(page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte, entry);
	return 0;
}

/*
 * check-name: 6.1 x86 do_anonymous_page() shape: the allocator zeroes and nobody else does
 * check-findings-start
 * check-findings-end
 */
