// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* mm/huge_memory.c of 6.15 and later, reduced */
struct folio *vma_alloc_anon_folio_pmd(struct vm_area_struct *vma,
				       unsigned long addr)
{
	gfp_t gfp = vma_thp_gfp_mask(vma);
	const int order = HPAGE_PMD_ORDER;
	struct folio *folio;

	folio = vma_alloc_folio(gfp, order, vma, addr & HPAGE_PMD_MASK);
	if (!folio)
		return NULL;
	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		return NULL;
	}
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: vma_alloc_anon_folio_pmd() body: addr & HPAGE_PMD_MASK to the allocator, guarded folio_zero_user(folio, addr)
 * check-findings-start
 * 20 manual-zeroing alloc=12
 * check-findings-end
 */
