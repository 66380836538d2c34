// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* folio_prealloc() of 6.12 */
struct folio *prealloc(struct mm_struct *mm, struct vm_area_struct *vma,
		       unsigned long addr, bool need_zero)
{
	struct folio *new_folio;

	if (need_zero)
		new_folio = vma_alloc_zeroed_movable_folio(vma, addr);
	else
		new_folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma,
					    addr, false);
	if (!new_folio)
		return NULL;
	if (mem_cgroup_charge(new_folio, mm, GFP_KERNEL)) {
		folio_put(new_folio);
		return NULL;
	}
	return new_folio;
}

/*
 * check-name: folio_prealloc() shape on x86: the zeroed variant zeroes in the allocator, nothing else zeroes
 * check-findings-start
 * check-findings-end
 */
