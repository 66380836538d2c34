// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

static struct folio *new_user_folio(struct vm_area_struct *vma,
				    unsigned long addr)
{
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
}

struct folio *wrapped_fault(struct vm_fault *vmf)
{
	struct folio *folio;

	folio = new_user_folio(vmf->vma, vmf->address);
	if (!folio)
		return NULL;
	folio_zero_user(folio, vmf->address);
	return folio;
}

/*
 * check-name: a static wrapper returns a fresh folio from vma_alloc_folio; its caller zeroes it
 * check-findings-start
 * 17 double-zeroing alloc=14
 * check-findings-end
 */
