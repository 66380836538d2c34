// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t copied_folio_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio, *new_folio;
	struct page *page;

	new_folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vmf->address,
				    false);
	if (!new_folio)
		return VM_FAULT_OOM;
	folio = new_folio;
	page = (struct page *)folio;
	set_pte_range(vmf, folio, page, 1, vmf->address);
	return 0;
}

/*
 * check-name: the fresh folio followed through a copy and a cast to struct page, zeroed by clear_highpage()
 * check-findings-start
 * 16 double-zeroing alloc=10
 * check-findings-end
 */
