// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

struct folio *charged_user_folio(struct mm_struct *mm,
				 struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma,
				addr, false);
	if (!folio)
		return NULL;
	if (mem_cgroup_charge(folio, mm, GFP_KERNEL)) {
		folio_put(folio);
		return NULL;
	}
	return folio;
}

/*
 * check-name: a charge failure path that releases the folio does not make the later zeroing conditional
 * check-findings-start
 * 17 double-zeroing alloc=9
 * check-findings-end
 */
