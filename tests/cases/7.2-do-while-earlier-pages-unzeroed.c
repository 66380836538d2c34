// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/* each iteration's folio is kept; only the last one is zeroed */
int fill_folios(struct vm_area_struct *vma, unsigned long addr,
		struct folio **folios, int nr)
{
	struct folio *folio;
	int i = 0;

	do {
		folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma,
					addr + i * PAGE_SIZE);
		if (!folio)
			return -ENOMEM;
		folios[i] = folio;
	} while (++i < nr);
	folio_zero_user(folio, addr);
	return 0;
}

/*
 * check-name: a do-while allocation whose earlier folios leave the loop unzeroed is not converted
 * check-findings-start
 * 18 unconvertible-zeroing reason=conditional-zeroing alloc=12
 * check-findings-end
 * check-cocci-differs: Coccinelle's SmPL has no pattern for do ... while, so the semantic patch reads the loop body as run once and sees one folio, zeroed; it converts nothing in a function with such a loop
 * check-cocci-findings-start
 * 18 double-zeroing alloc=12
 * check-cocci-findings-end
 */
