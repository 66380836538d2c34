// SPDX-License-Identifier: GPL-2.0-only
/*
 * An external module for "gfpzero kbuild": lib.c wraps vma_alloc_folio(),
 * this file zeroes what the wrapper returns.  Only kbuild's second pass,
 * which reads lib.c's summary, sees the allocation.
 */
#include <linux/module.h>
#include <linux/mm.h>
#include <linux/highmem.h>

struct folio *gz_test_new_folio(struct vm_area_struct *vma, unsigned long addr);
struct folio *gz_test_fault(struct vm_fault *vmf);

struct folio *gz_test_fault(struct vm_fault *vmf)
{
	struct folio *folio = gz_test_new_folio(vmf->vma, vmf->address);

	if (!folio)
		return NULL;
	folio_zero_user(folio, vmf->address);
	return folio;
}
EXPORT_SYMBOL_GPL(gz_test_fault);
MODULE_LICENSE("GPL");

/*
 * check-name: kbuild's second pass follows a wrapper in another file
 * check-findings-start
 * 20 double-zeroing alloc=16
 * check-findings-end
 */
