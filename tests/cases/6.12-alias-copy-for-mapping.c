// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

/*
 * A copy of the folio made for the mapping, which the zeroing names too:
 * when the mapping and the zeroing go, the copy goes with them, or the
 * converted file would not build (-Werror=unused-but-set-variable).
 * Reduced from generated function fz55_1 of fuzz seed 20261203.
 */
struct folio *copy_mapped_and_zeroed(struct vm_area_struct *vma,
				     unsigned long addr)
{
	struct folio *folio;
	struct folio *copy;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	copy = folio;
	kaddr = kmap_local_folio(copy, 0);
	clear_user_page(kaddr, addr, &copy->page);
	kunmap_local(kaddr);
	return folio;
}

/* the copy is used after the zeroing: it stays */
struct folio *copy_used_after(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;
	struct folio *copy;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
	if (!folio)
		return NULL;
	copy = folio;
	kaddr = kmap_local_folio(copy, 0);
	clear_user_page(kaddr, addr, &copy->page);
	kunmap_local(kaddr);
	return copy;
}

/*
 * check-name: a copy used by the mapping and the zeroing goes with them; one used after stays
 * check-findings-start
 * 22 double-zeroing alloc=17
 * 39 double-zeroing alloc=34
 * check-findings-end
 */
