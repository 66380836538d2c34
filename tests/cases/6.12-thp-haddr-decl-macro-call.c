// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

unsigned long thp_fault_size(void);

/*
 * A constant's name over a call, as the kernel's current is over
 * get_current().  The plugin sees the call GCC makes of it; the semantic
 * patch reads the body of the file's own macro (Coccinelle does not
 * expand it).  Both keep the declaration and the aligned argument.
 */
#define THP_FAULT_MASK		(~(thp_fault_size() - 1))

static struct folio *thp_alloc_pmd_folio(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & THP_FAULT_MASK;
	gfp_t gfp = vma_thp_gfp_mask(vma);
	struct folio *folio;

	folio = vma_alloc_folio(gfp, HPAGE_PMD_ORDER, vma, haddr, true);
	if (!folio)
		return NULL;
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, vmf->address);
	return folio;
}

vm_fault_t thp_pmd_fault(struct vm_fault *vmf)
{
	struct folio *folio = thp_alloc_pmd_folio(vmf);

	if (!folio)
		return VM_FAULT_OOM;
	folio_put(folio);
	return 0;
}

/*
 * check-name: an aligned address's initialiser whose macro of the file hides a call: both backends keep the declaration and the aligned argument
 * check-findings-start
 * 25 manual-zeroing alloc=21
 * check-findings-end
 */
