// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/*
 * The helper's guard is read when its callers are analysed, after the
 * helper's own analysis is over (the plugin once read it from memory
 * freed by then: an internal compiler error, or a wrong name).
 */
static void zero_if_needed(struct folio *folio, unsigned long addr)
{
	if (alloc_need_zeroing())
		folio_zero_user(folio, addr);
}

vm_fault_t fresh_fault(struct vm_fault *vmf)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	zero_if_needed(folio, vmf->address);
	folio_put(folio);
	return VM_FAULT_OOM;
}

void cached_folio(struct folio *folio, unsigned long addr)
{
	zero_if_needed(folio, addr);
}

/*
 * check-name: a guarded static helper shared with a caller that passes a cached folio: the guard outlives the helper's analysis
 * check-findings-start
 * 12 unconvertible-zeroing reason=shared-callee alloc=19
 * check-findings-end
 */
