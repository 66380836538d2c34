// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* the guard's answer kept through a comparison with 0 */
vm_fault_t compared(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/* ... through !! */
vm_fault_t double_not(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/* a guard of the other polarity, negated in the variable */
vm_fault_t negated(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/* the wrong polarity: it zeroes when the allocator has zeroed */
vm_fault_t wrong_way(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;
	bool zeroed;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	zeroed = alloc_zeroed();
	if (zeroed)
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: a guard's answer in a variable through != 0, !!, and ! of the other polarity; the wrong polarity is no guard
 * check-findings-start
 * 15 manual-zeroing alloc=10
 * 31 manual-zeroing alloc=26
 * 47 manual-zeroing alloc=42
 * 63 unconvertible-zeroing reason=conditional-zeroing alloc=58
 * check-findings-end
 */
