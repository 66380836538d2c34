// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

static struct folio *alloc_retry(struct vm_area_struct *vma,
				 unsigned long addr, int tries)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio && tries > 0)
		return alloc_retry(vma, addr, tries - 1);
	return folio;
}

static struct folio *plain_alloc(struct vm_area_struct *vma,
				 unsigned long addr)
{
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
}

struct folio *(*folio_allocator)(struct vm_area_struct *, unsigned long) =
	plain_alloc;

struct folio *retry_fault(struct vm_fault *vmf)
{
	struct folio *folio = alloc_retry(vmf->vma, vmf->address, 3);

	if (folio)
		folio_zero_user(folio, vmf->address);
	return folio;
}

struct folio *pointer_fault(struct vm_fault *vmf)
{
	struct folio *folio = folio_allocator(vmf->vma, vmf->address);

	if (folio)
		folio_zero_user(folio, vmf->address);
	return folio;
}

/*
 * check-name: a recursive allocator and a call through a function pointer: no crash, no finding
 * check-findings-start
 * check-findings-end
 */
