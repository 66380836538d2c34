// SPDX-License-Identifier: GPL-2.0-only
#undef GENERIC_ZEROED_FOLIO
#include "kernel-6.12.h"
#undef vma_alloc_zeroed_movable_folio

/* include/linux/highmem.h of 6.12, for an architecture without the macro */
static inline
struct folio *vma_alloc_zeroed_movable_folio(struct vm_area_struct *vma,
					     unsigned long vaddr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vaddr, false);
	return folio;
}

vm_fault_t zeroed_anon_fault(struct vm_fault *vmf)
{
	struct folio *folio;

	folio = vma_alloc_zeroed_movable_folio(vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: the generic vma_alloc_zeroed_movable_folio() body: allocates without __GFP_ZERO, zeroes under if (folio)
 * check-findings-start
 * 15 double-zeroing alloc=13
 * check-findings-end
 */
