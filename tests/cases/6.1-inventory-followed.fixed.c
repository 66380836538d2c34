// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

vm_fault_t new_page_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct page *new_page;

	new_page = alloc_page_vma(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, vma, vmf->address);
	if (!new_page)
		return VM_FAULT_OOM;
	__SetPageUptodate(new_page);
	page_add_new_anon_rmap(new_page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte,
		   mk_pte(new_page, vma->vm_page_prot));
	return 0;
}

/*
 * check-name: under --inventory, a zeroing followed to its allocation is a finding, not an inventory line (the header's helpers, which zero their parameter, are)
 * check-command: gfpzero scan --inventory --format=json $file
 * check-findings-start
 * 12 double-zeroing alloc=9
 * kernel-6.1.h:178 inventory zeroing=clear_page user_addr=false origin=parameter 'page'
 * kernel-6.1.h:186 inventory zeroing=clear_user_page user_addr=true origin=parameter 'page' (its callers in this file are followed)
 * check-findings-end
 */
