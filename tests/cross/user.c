// SPDX-License-Identifier: GPL-2.0-only
/* Uses lib.c's wrapper and zeroing helper: seen only with summaries=DIR. */
#include "../cases/kernel-6.12.h"

struct folio *lib_new_user_folio(struct vm_area_struct *vma,
				 unsigned long addr);
void lib_zero_folio(struct folio *folio, unsigned long addr);

struct folio *user_fault(struct vm_fault *vmf)
{
	struct folio *folio = lib_new_user_folio(vmf->vma, vmf->address);

	if (!folio)
		return NULL;
	folio_zero_user(folio, vmf->address);
	return folio;
}

struct folio *user_fault_helper(struct vm_fault *vmf)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address,
				false);
	if (!folio)
		return NULL;
	lib_zero_folio(folio, vmf->address);
	return folio;
}

/*
 * check-name: with lib.c's summaries: its wrapper is an allocator, its zeroing helper a shared callee
 * check-findings-start
 * 15 double-zeroing alloc=11
 * 27 unconvertible-zeroing reason=shared-callee alloc=23
 * check-findings-end
 */
