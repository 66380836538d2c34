// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/* each iteration's folio is kept; only the last one is zeroed */
int fill_folios(struct vm_area_struct *vma, unsigned long addr,
		struct folio **folios, int nr)
{
	struct folio *folio = NULL;
	int i;

	for (i = 0; i < nr; i++) {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma,
					addr + i * PAGE_SIZE);
		if (!folio)
			return -ENOMEM;
		folios[i] = folio;
	}
	folio_zero_user(folio, addr);
	return 0;
}

/* a failed attempt is released before the next: every folio kept is zeroed */
struct folio *retry_folio(struct vm_area_struct *vma, unsigned long addr,
			  int tries)
{
	struct folio *folio;

	while (tries--) {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
		if (!folio)
			continue;
		if (mem_cgroup_charge(folio, vma->vm_mm, GFP_KERNEL)) {
			folio_put(folio);
			continue;
		}
		folio_zero_user(folio, addr);
		return folio;
	}
	return NULL;
}

/*
 * check-name: an allocation in a loop whose earlier folios leave it unzeroed is not converted; a retry loop that releases each failed attempt is
 * check-findings-start
 * 18 unconvertible-zeroing reason=conditional-zeroing alloc=12
 * 36 double-zeroing alloc=29
 * check-findings-end
 */
