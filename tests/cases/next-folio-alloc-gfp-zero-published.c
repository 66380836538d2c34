// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

vm_fault_t noaddr_anon_fault(struct vm_fault *vmf)
{
	struct folio *folio = folio_alloc(GFP_USER | __GFP_ZERO, 0);

	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: folio_alloc(__GFP_ZERO) added to the anon rmap: zeroed without the user address
 * check-findings-start
 * 6 zero-without-user-addr alloc=6
 * check-findings-end
 */
