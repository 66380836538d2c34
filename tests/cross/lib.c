// SPDX-License-Identifier: GPL-2.0-only
/* Defines a wrapper and a zeroing helper that user.c calls. */
#include "../cases/kernel-6.12.h"

struct folio *lib_new_user_folio(struct vm_area_struct *vma,
				 unsigned long addr)
{
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
}

void lib_zero_folio(struct folio *folio, unsigned long addr)
{
	folio_zero_user(folio, addr);
}

/*
 * check-name: the library unit alone: nothing fresh reaches its zeroing
 * check-findings-start
 * check-findings-end
 */
