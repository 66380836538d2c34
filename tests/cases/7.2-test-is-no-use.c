// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

/*
 * A path that only tests the folio and leaves does not use it: the
 * zeroing is not conditional for want of it on that path.  Zeroing after
 * "return if the allocator zeroed" is the allocator's second zeroing.
 * Reduced from generated functions fz265_1 and fz327_19 of fuzz seed
 * 20261203, where the semantic patch took unlikely() and VM_BUG_ON_FOLIO()
 * for calls that use the folio.
 */
struct folio *tested_in_unlikely(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (unlikely(!folio))
		return NULL;
	if (!alloc_zeroed())
		return NULL;
	folio_zero_user(folio, addr);
	return folio;
}

struct folio *tested_in_assertion(struct vm_area_struct *vma,
				  unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (!folio)
		return NULL;
	VM_BUG_ON_FOLIO(folio->_flags_1 & 1, folio);
	if (!alloc_zeroed())
		return NULL;
	folio_zero_user(folio, addr);
	return folio;
}

/* returning the folio on that path is a use: conditional-zeroing */
struct folio *returned(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr);
	if (unlikely(!folio))
		return NULL;
	if (!alloc_zeroed())
		return folio;
	folio_zero_user(folio, addr);
	return folio;
}

/*
 * check-name: unlikely() and VM_BUG_ON_FOLIO() only test the folio; returning it is a use
 * check-findings-start
 * 21 double-zeroing alloc=16
 * 36 double-zeroing alloc=30
 * 50 unconvertible-zeroing reason=conditional-zeroing alloc=45
 * check-findings-end
 */
