// SPDX-License-Identifier: GPL-2.0-only
/*
 * gfpzero demo: anonymous page faults, in the 6.1 and 6.12 shapes.
 * Our own code, written in the shape of the kernel's mm/memory.c.
 */
#include <kernel.h>

static void map_new_page(struct vm_fault *vmf, struct page *page)
{
	struct vm_area_struct *vma = vmf->vma;

	page_add_new_anon_rmap(page, vma, vmf->address);
	set_pte_at(vma->vm_mm, vmf->address, vmf->pte,
		   mk_pte(page, vma_page_prot(vma)));
}

/* 6.1: allocate, then zero unconditionally through the user address. */
vm_fault_t demo_anonymous_page_61(struct vm_fault *vmf)
{
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vmf->vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	clear_user_highpage(page, vmf->address);
	map_new_page(vmf, page);
	return 0;
}

/* 6.1: the same page, zeroed by hand through a kernel mapping. */
vm_fault_t demo_anonymous_page_memset(struct vm_fault *vmf)
{
	struct page *page;
	void *kaddr;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vmf->vma, vmf->address);
	if (!page)
		return VM_FAULT_OOM;
	kaddr = kmap_local_page(page);
	memset(kaddr, 0, PAGE_SIZE);
	kunmap_local(kaddr);
	map_new_page(vmf, page);
	return 0;
}

/*
 * 6.12: a multi-size THP anonymous folio.  The allocator gets the
 * order-aligned address, the zeroing the real one; the zeroing is
 * guarded by user_alloc_needs_zeroing().
 */
struct folio *demo_alloc_anon_folio(struct vm_fault *vmf, int order)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long addr;
	struct folio *folio;

	addr = ALIGN_DOWN(vmf->address, PAGE_SIZE << order);
	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, order, vma, addr, true);
	if (!folio)
		return NULL;
	if (user_alloc_needs_zeroing())
		folio_zero_user(folio, vmf->address);
	return folio;
}

/* 6.12: already converted, the allocator zeroes: nothing to report. */
vm_fault_t demo_anonymous_page_zeroed(struct vm_fault *vmf)
{
	struct folio *folio;

	folio = vma_alloc_zeroed_movable_folio(vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address);
	return 0;
}

/* 6.12: a copy-on-write target that is fully overwritten: no zeroing. */
struct folio *demo_wp_page_copy(struct vm_fault *vmf)
{
	return vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma,
			       vmf->address, false);
}
