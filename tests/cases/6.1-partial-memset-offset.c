// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.1.h"

/* only the tail after a header the caller fills in */
struct page *tail_zeroed_page(struct vm_area_struct *vma, unsigned long vaddr,
			      unsigned long hdr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, vaddr);
	char *kaddr;

	if (!page)
		return NULL;
	kaddr = kmap_local_page(page);
	memset(kaddr + hdr, 0, PAGE_SIZE - hdr);
	kunmap_local(kaddr);
	return page;
}

/*
 * check-name: memset() at a non-zero offset into the mapping, shorter than PAGE_SIZE: unconvertible
 * check-findings-start
 * 14 unconvertible-zeroing reason=partial-zeroing alloc=8
 * check-findings-end
 */
