// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

struct folio *retried_user_folio(struct vm_area_struct *vma,
				 unsigned long addr, int tries)
{
	struct folio *folio = NULL;
	int i;

	for (i = 0; i < tries; i++) {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
		if (folio)
			break;
	}
	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: the NULL a retry loop starts from is no page of another origin
 * check-findings-start
 * 17 double-zeroing alloc=11
 * check-findings-end
 */
