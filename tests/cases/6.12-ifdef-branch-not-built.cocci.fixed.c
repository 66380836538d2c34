// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/*
 * An architecture with its own zeroing allocator defines
 * ARCH_HAS_ZEROED_ANON_FOLIO; the generic fallback below is then not built.
 */
#define ARCH_HAS_ZEROED_ANON_FOLIO

#ifndef ARCH_HAS_ZEROED_ANON_FOLIO
static struct folio *anon_folio_zeroed(struct vm_area_struct *vma,
				       unsigned long vaddr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vaddr, false);
	return folio;
}
#else
static struct folio *anon_folio_zeroed(struct vm_area_struct *vma,
				       unsigned long vaddr)
{
	return vma_alloc_zeroed_movable_folio(vma, vaddr);
}
#endif

vm_fault_t branch_anon_fault(struct vm_fault *vmf)
{
	struct folio *folio = anon_folio_zeroed(vmf->vma, vmf->address);

	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: a generic fallback in an #ifndef branch this build does not compile: only the semantic patch sees its zeroing
 * check-cocci-differs: the compiler does not build the #ifndef ARCH_HAS_ZEROED_ANON_FOLIO branch; Coccinelle reads every branch
 * check-findings-start
 * check-findings-end
 * check-cocci-findings-start
 * 18 double-zeroing alloc=16
 * check-cocci-findings-end
 * check-cocci-fixed: 6.12-ifdef-branch-not-built.cocci.fixed.c
 */
