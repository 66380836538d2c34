// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

static struct folio *reuse_or_alloc(struct folio *old,
				    struct vm_area_struct *vma,
				    unsigned long addr)
{
	if (old)
		return old;
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
}

struct folio *reuse_fault(struct vm_fault *vmf, struct folio *old)
{
	struct folio *folio = reuse_or_alloc(old, vmf->vma, vmf->address);

	if (folio)
		folio_zero_user(folio, vmf->address);
	return folio;
}

/*
 * check-name: a function that returns either its parameter or a fresh folio is no wrapper: no finding
 * check-findings-start
 * check-findings-end
 */
