// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t small_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address,
				false);
	if (!folio)
		return VM_FAULT_OOM;

	void *kaddr = kmap_local_folio(folio, 0);
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_local(kaddr);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	set_pte_range(vmf, folio, &folio->page, 1, vmf->address);
	return 0;
}

/*
 * check-name: memset(.., 0, PAGE_SIZE) through kmap_local_folio(folio, 0): full zeroing, fix drops the mapping
 * check-findings-start
 * 15 double-zeroing alloc=9
 * check-findings-end
 */
