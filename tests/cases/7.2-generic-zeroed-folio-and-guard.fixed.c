// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/* the generic helper as 32-bit ARM, MIPS and PA-RISC compile it */
static inline
struct folio *zeroed_movable_folio(struct vm_area_struct *vma,
				   unsigned long vaddr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vaddr);

	return folio;
}

vm_fault_t anon_page_fault(struct vm_fault *vmf)
{
	struct folio *folio = zeroed_movable_folio(vmf->vma, vmf->address);

	if (!folio)
		return VM_FAULT_OOM;
	folio_put(folio);
	return 0;
}

/*
 * check-name: "folio && guard()", which GCC splits into two branches, guards the zeroing (7.x generic vma_alloc_zeroed_movable_folio)
 * check-findings-start
 * 13 manual-zeroing alloc=11
 * check-findings-end
 */
