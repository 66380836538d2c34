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
 * check-name: zeroing pages that come from a parameter or a struct field: no finding; --inventory lists each with where its page came from
 * check-command: gfpzero scan --inventory --format=json $file
 * check-findings-start
 * 8 inventory zeroing=clear_highpage user_addr=false origin=parameter 'dst' (its callers in this file are followed)
 * 9 inventory zeroing=memset user_addr=false origin=struct field 'page'
 * 11 inventory zeroing=clear_user_highpage user_addr=true origin=struct field 'cow_page'
 * kernel-6.1.h:178 inventory zeroing=clear_page user_addr=false origin=parameter 'page'
 * kernel-6.1.h:186 inventory zeroing=clear_user_page user_addr=true origin=parameter 'page' (its callers in this file are followed)
 * kernel-6.1.h:195 inventory zeroing=clear_page user_addr=false origin=parameter 'page' (its callers in this file are followed)
 * check-findings-end
 */
