// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

vm_fault_t shared_anon_fault(struct vm_fault *vmf, struct mempolicy *pol)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio;

	folio = folio_alloc_mpol(GFP_HIGHUSER_MOVABLE, 0, pol, vmf->pgoff,
				 NUMA_NO_NODE);
	if (!folio)
		return VM_FAULT_OOM;
	clear_highpage(&folio->page);
	__folio_mark_uptodate(folio);
	set_pte_range(vmf, folio, &folio->page, 1, vma->vm_start);
	return 0;
}

/*
 * check-name: five-argument folio_alloc_mpol() (no address), clear_highpage(), then mapped: unconvertible
 * check-findings-start
 * 13 unconvertible-zeroing reason=no-user-address-parameter alloc=9
 * check-findings-end
 */
