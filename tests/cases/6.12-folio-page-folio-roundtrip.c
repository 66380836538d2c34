// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t roundtrip_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;
	struct page *page;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address,
				false);
	if (!folio)
		return VM_FAULT_OOM;
	page = folio_page(folio, 0);
	folio_zero_user(page_folio(page), vmf->address);
	set_pte_range(vmf, folio, page, 1, vmf->address);
	return 0;
}

/*
 * check-name: folio -> folio_page(folio, 0) -> page_folio(): still the fresh folio
 * check-findings-start
 * 15 double-zeroing alloc=10
 * check-findings-end
 */
