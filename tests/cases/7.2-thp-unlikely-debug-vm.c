// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/* the shape of 7.x's PMD fault allocation, with CONFIG_DEBUG_VM */
static struct folio *thp_fault_folio(struct vm_area_struct *vma,
				     unsigned long addr)
{
	gfp_t gfp = vma_thp_gfp_mask(vma);
	const int order = HPAGE_PMD_ORDER;
	struct folio *folio;

	folio = vma_alloc_folio(gfp, order, vma, addr & HPAGE_PMD_MASK);
	if (unlikely(!folio)) {
		count_vm_event(THP_FAULT_FALLBACK);
		count_mthp_stat(order, MTHP_STAT_ANON_FAULT_FALLBACK);
		return NULL;
	}

	VM_BUG_ON_FOLIO(!folio_test_large(folio), folio);
	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		count_vm_event(THP_FAULT_FALLBACK_CHARGE);
		return NULL;
	}
	if (folio_memcg_alloc_deferred(folio)) {
		folio_put(folio);
		return NULL;
	}
	folio_throttle_swaprate(folio, gfp);

	/* keep the faulting subpage's cache lines hot */
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, addr);
	__folio_mark_uptodate(folio);
	return folio;
}

vm_fault_t thp_fault(struct vm_fault *vmf)
{
	struct folio *folio = thp_fault_folio(vmf->vma, vmf->address);

	if (unlikely(!folio))
		return VM_FAULT_FALLBACK;
	folio_put(folio);
	return 0;
}

/*
 * check-name: unlikely(!folio), a noreturn VM_BUG_ON_FOLIO() and released error paths leave a guarded zeroing convertible (7.x THP fault)
 * check-findings-start
 * 33 manual-zeroing alloc=12
 * check-findings-end
 */
