// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* memfd_alloc_folio(), hugetlb branch */
struct folio *memfd_huge_folio(struct hstate *h, gfp_t gfp)
{
	struct folio *folio;

	folio = alloc_hugetlb_folio_reserve(h,
					    NUMA_NO_NODE,
					    NULL,
					    gfp);
	if (folio) {
		folio_zero_user(folio, 0);
		__folio_mark_uptodate(folio);
	}
	return folio;
}

/*
 * check-name: memfd shape: multi-line alloc_hugetlb_folio_reserve(), folio_zero_user(folio, 0): 0 is not a user address
 * check-findings-start
 * 14 unconvertible-zeroing reason=not-a-user-address alloc=9
 * check-findings-end
 */
