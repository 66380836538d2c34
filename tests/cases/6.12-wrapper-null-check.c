// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/* returns the fresh folio or NULL, through "return NULL" on its own path */
static struct folio *new_user_folio(struct vm_area_struct *vma,
				    unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	return folio;
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
 * check-name: a wrapper that checks its allocation and returns NULL or the fresh folio is a wrapper
 * check-findings-start
 * 23 double-zeroing alloc=20
 * check-findings-end
 */
