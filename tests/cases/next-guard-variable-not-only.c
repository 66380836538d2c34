// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/*
 * A variable that holds a guard's answer on one path and something else
 * on another is not the guard: the zeroing is conditional.
 */
vm_fault_t guard_or_flag(struct vm_fault *vmf, struct vm_area_struct *vma,
			 int flags)
{
	struct folio *folio;
	bool need;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	need = user_alloc_needs_zeroing();
	if (flags & 1)
		need = false;
	if (need)
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/* a variable that holds another call's answer is no guard either */
vm_fault_t not_a_guard(struct vm_fault *vmf, struct vm_area_struct *vma)
{
	struct folio *folio;
	bool need;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	need = mem_cgroup_charge(folio, vma->vm_mm, GFP_KERNEL) == 0;
	if (need)
		folio_zero_user(folio, vmf->address);
	folio_add_new_anon_rmap(folio, vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: a variable is a guard only when it holds nothing but the guard's answer
 * check-findings-start
 * 21 unconvertible-zeroing reason=conditional-zeroing alloc=14
 * 37 unconvertible-zeroing reason=conditional-zeroing alloc=32
 * check-findings-end
 */
