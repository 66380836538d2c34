// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

int prepare_pair(struct vm_area_struct *vma, unsigned long addr,
		 struct folio **pair)
{
	struct folio *a, *b;

	a = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr, false);
	if (!a)
		return -ENOMEM;
	b = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr + PAGE_SIZE,
			    false);
	if (!b) {
		folio_put(a);
		return -ENOMEM;
	}
	pair[0] = a;
	pair[1] = b;
	return 0;
}

/*
 * check-name: two folios in one function, one zeroed unconditionally and one under the guard: two findings
 * check-findings-start
 * 18 double-zeroing alloc=9
 * 20 manual-zeroing alloc=12
 * check-findings-end
 */
