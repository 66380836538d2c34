// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

void clear_handed_pages(struct page *dst, struct vm_fault *vmf)
{
	void *kaddr = kmap_local_page(vmf->page);

	clear_highpage(dst);
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_local(kaddr);
	clear_user_highpage(vmf->cow_page, vmf->address);
}

/*
 * check-name: zeroing pages that come from a parameter or a struct field: no finding
 * check-findings-start
 * check-findings-end
 */
