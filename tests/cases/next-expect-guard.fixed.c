// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* include/linux/compiler.h: __builtin_expect() between guard and branch */
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

struct folio *unlikely_guard(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	return folio;
}

struct folio *likely_not_zeroed(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	return folio;
}

/*
 * check-name: a guard predicate seen through likely()/unlikely() is still a guard
 * check-findings-start
 * 16 manual-zeroing alloc=12
 * 28 manual-zeroing alloc=24
 * check-findings-end
 */
