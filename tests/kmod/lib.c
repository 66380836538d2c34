// SPDX-License-Identifier: GPL-2.0-only
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/gfp.h>

struct folio *gz_test_new_folio(struct vm_area_struct *vma, unsigned long addr);

struct folio *gz_test_new_folio(struct vm_area_struct *vma, unsigned long addr)
{
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, addr, false);
}
EXPORT_SYMBOL_GPL(gz_test_new_folio);
MODULE_LICENSE("GPL");
