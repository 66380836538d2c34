// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* include/linux/compiler.h: __builtin_expect() between test and branch */
#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)

void count_vm_event(int item);

struct folio *unlikely_null(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (unlikely(!folio)) {
		count_vm_event(1);
		return NULL;
	}
	return folio;
}

struct folio *likely_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (likely(folio)) {
		__folio_mark_uptodate(folio);
	}
	return folio;
}

/*
 * check-name: unlikely(!folio) and likely(folio) are the allocation's NULL check, not a condition
 * check-findings-start
 * 19 double-zeroing alloc=14
 * 29 double-zeroing alloc=27
 * check-findings-end
 */
