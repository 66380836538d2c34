// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-7.2.h"

struct mapper {
	struct vm_area_struct *vma;
	unsigned long private;
};

/* returns a zeroed kernel page, or NULL */
static struct page *mapper_page_alloc(struct mapper *m)
{
	struct page *page;

	page = alloc_page(GFP_KERNEL | __GFP_HIGHMEM | __GFP_ZERO);
	if (!page)
		return NULL;
	page->private = m->private;
	return page;
}

/* maps its page to user space */
static int mapper_page_insert(struct mapper *m, unsigned long addr,
			      struct page *page)
{
	int ret = -12;

	if (m->vma)
		ret = vm_insert_page(m->vma, addr, page);
	return ret;
}

/* only records its page */
static void mapper_page_note(struct mapper *m, struct page *page)
{
	m->private = (unsigned long)page;
}

int mapper_install(struct mapper *m, unsigned long addr)
{
	struct page *page = mapper_page_alloc(m);

	if (!page)
		return -ENOMEM;
	return mapper_page_insert(m, addr, page);
}

int mapper_keep(struct mapper *m)
{
	struct page *page = mapper_page_alloc(m);

	if (!page)
		return -ENOMEM;
	mapper_page_note(m, page);
	return 0;
}

/*
 * check-name: a __GFP_ZERO page from a wrapper, mapped to user space by a static function of the file, has no user address (7.x binder); one only recorded is not reported
 * check-findings-start
 * 40 zero-without-user-addr alloc=40
 * check-findings-end
 */
