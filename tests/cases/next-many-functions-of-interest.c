// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/*
 * Forty functions of interest in one file, each with three zeroings and a
 * publishing call: the semantic patch once kept an environment for every
 * combination of the positions its first rules matched, took minutes
 * here and overflowed spatch's stack, which then skipped the file
 * without a word (gfpzero printed no finding, exit status 0).
 */

vm_fault_t fault_0(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_1(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_2(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_3(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_4(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_5(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_6(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_7(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_8(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_9(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_10(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_11(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_12(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_13(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_14(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_15(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_16(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_17(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_18(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_19(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_20(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_21(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_22(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_23(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_24(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_25(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_26(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_27(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_28(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_29(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_30(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_31(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_32(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_33(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_34(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_35(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_36(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_37(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_38(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

vm_fault_t fault_39(struct vm_fault *vmf, int flags)
{
	struct folio *folio;
	void *kaddr;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vmf->vma, vmf->address);
	if (!folio)
		return VM_FAULT_OOM;
	if (flags & 1) {
		kaddr = kmap_local_page(&folio->page);
		clear_page(kaddr);
		kunmap_local(kaddr);
	} else if (flags & 2) {
		clear_highpage(&folio->page);
	} else {
		folio_zero_user(folio, vmf->address);
	}
	folio_add_new_anon_rmap(folio, vmf->vma, vmf->address, RMAP_EXCLUSIVE);
	return 0;
}

/*
 * check-name: forty functions of interest in one file: every finding, in seconds
 * check-findings-start
 * 22 unconvertible-zeroing reason=conditional-zeroing alloc=17
 * 25 unconvertible-zeroing reason=conditional-zeroing alloc=17
 * 27 unconvertible-zeroing reason=conditional-zeroing alloc=17
 * 43 unconvertible-zeroing reason=conditional-zeroing alloc=38
 * 46 unconvertible-zeroing reason=conditional-zeroing alloc=38
 * 48 unconvertible-zeroing reason=conditional-zeroing alloc=38
 * 64 unconvertible-zeroing reason=conditional-zeroing alloc=59
 * 67 unconvertible-zeroing reason=conditional-zeroing alloc=59
 * 69 unconvertible-zeroing reason=conditional-zeroing alloc=59
 * 85 unconvertible-zeroing reason=conditional-zeroing alloc=80
 * 88 unconvertible-zeroing reason=conditional-zeroing alloc=80
 * 90 unconvertible-zeroing reason=conditional-zeroing alloc=80
 * 106 unconvertible-zeroing reason=conditional-zeroing alloc=101
 * 109 unconvertible-zeroing reason=conditional-zeroing alloc=101
 * 111 unconvertible-zeroing reason=conditional-zeroing alloc=101
 * 127 unconvertible-zeroing reason=conditional-zeroing alloc=122
 * 130 unconvertible-zeroing reason=conditional-zeroing alloc=122
 * 132 unconvertible-zeroing reason=conditional-zeroing alloc=122
 * 148 unconvertible-zeroing reason=conditional-zeroing alloc=143
 * 151 unconvertible-zeroing reason=conditional-zeroing alloc=143
 * 153 unconvertible-zeroing reason=conditional-zeroing alloc=143
 * 169 unconvertible-zeroing reason=conditional-zeroing alloc=164
 * 172 unconvertible-zeroing reason=conditional-zeroing alloc=164
 * 174 unconvertible-zeroing reason=conditional-zeroing alloc=164
 * 190 unconvertible-zeroing reason=conditional-zeroing alloc=185
 * 193 unconvertible-zeroing reason=conditional-zeroing alloc=185
 * 195 unconvertible-zeroing reason=conditional-zeroing alloc=185
 * 211 unconvertible-zeroing reason=conditional-zeroing alloc=206
 * 214 unconvertible-zeroing reason=conditional-zeroing alloc=206
 * 216 unconvertible-zeroing reason=conditional-zeroing alloc=206
 * 232 unconvertible-zeroing reason=conditional-zeroing alloc=227
 * 235 unconvertible-zeroing reason=conditional-zeroing alloc=227
 * 237 unconvertible-zeroing reason=conditional-zeroing alloc=227
 * 253 unconvertible-zeroing reason=conditional-zeroing alloc=248
 * 256 unconvertible-zeroing reason=conditional-zeroing alloc=248
 * 258 unconvertible-zeroing reason=conditional-zeroing alloc=248
 * 274 unconvertible-zeroing reason=conditional-zeroing alloc=269
 * 277 unconvertible-zeroing reason=conditional-zeroing alloc=269
 * 279 unconvertible-zeroing reason=conditional-zeroing alloc=269
 * 295 unconvertible-zeroing reason=conditional-zeroing alloc=290
 * 298 unconvertible-zeroing reason=conditional-zeroing alloc=290
 * 300 unconvertible-zeroing reason=conditional-zeroing alloc=290
 * 316 unconvertible-zeroing reason=conditional-zeroing alloc=311
 * 319 unconvertible-zeroing reason=conditional-zeroing alloc=311
 * 321 unconvertible-zeroing reason=conditional-zeroing alloc=311
 * 337 unconvertible-zeroing reason=conditional-zeroing alloc=332
 * 340 unconvertible-zeroing reason=conditional-zeroing alloc=332
 * 342 unconvertible-zeroing reason=conditional-zeroing alloc=332
 * 358 unconvertible-zeroing reason=conditional-zeroing alloc=353
 * 361 unconvertible-zeroing reason=conditional-zeroing alloc=353
 * 363 unconvertible-zeroing reason=conditional-zeroing alloc=353
 * 379 unconvertible-zeroing reason=conditional-zeroing alloc=374
 * 382 unconvertible-zeroing reason=conditional-zeroing alloc=374
 * 384 unconvertible-zeroing reason=conditional-zeroing alloc=374
 * 400 unconvertible-zeroing reason=conditional-zeroing alloc=395
 * 403 unconvertible-zeroing reason=conditional-zeroing alloc=395
 * 405 unconvertible-zeroing reason=conditional-zeroing alloc=395
 * 421 unconvertible-zeroing reason=conditional-zeroing alloc=416
 * 424 unconvertible-zeroing reason=conditional-zeroing alloc=416
 * 426 unconvertible-zeroing reason=conditional-zeroing alloc=416
 * 442 unconvertible-zeroing reason=conditional-zeroing alloc=437
 * 445 unconvertible-zeroing reason=conditional-zeroing alloc=437
 * 447 unconvertible-zeroing reason=conditional-zeroing alloc=437
 * 463 unconvertible-zeroing reason=conditional-zeroing alloc=458
 * 466 unconvertible-zeroing reason=conditional-zeroing alloc=458
 * 468 unconvertible-zeroing reason=conditional-zeroing alloc=458
 * 484 unconvertible-zeroing reason=conditional-zeroing alloc=479
 * 487 unconvertible-zeroing reason=conditional-zeroing alloc=479
 * 489 unconvertible-zeroing reason=conditional-zeroing alloc=479
 * 505 unconvertible-zeroing reason=conditional-zeroing alloc=500
 * 508 unconvertible-zeroing reason=conditional-zeroing alloc=500
 * 510 unconvertible-zeroing reason=conditional-zeroing alloc=500
 * 526 unconvertible-zeroing reason=conditional-zeroing alloc=521
 * 529 unconvertible-zeroing reason=conditional-zeroing alloc=521
 * 531 unconvertible-zeroing reason=conditional-zeroing alloc=521
 * 547 unconvertible-zeroing reason=conditional-zeroing alloc=542
 * 550 unconvertible-zeroing reason=conditional-zeroing alloc=542
 * 552 unconvertible-zeroing reason=conditional-zeroing alloc=542
 * 568 unconvertible-zeroing reason=conditional-zeroing alloc=563
 * 571 unconvertible-zeroing reason=conditional-zeroing alloc=563
 * 573 unconvertible-zeroing reason=conditional-zeroing alloc=563
 * 589 unconvertible-zeroing reason=conditional-zeroing alloc=584
 * 592 unconvertible-zeroing reason=conditional-zeroing alloc=584
 * 594 unconvertible-zeroing reason=conditional-zeroing alloc=584
 * 610 unconvertible-zeroing reason=conditional-zeroing alloc=605
 * 613 unconvertible-zeroing reason=conditional-zeroing alloc=605
 * 615 unconvertible-zeroing reason=conditional-zeroing alloc=605
 * 631 unconvertible-zeroing reason=conditional-zeroing alloc=626
 * 634 unconvertible-zeroing reason=conditional-zeroing alloc=626
 * 636 unconvertible-zeroing reason=conditional-zeroing alloc=626
 * 652 unconvertible-zeroing reason=conditional-zeroing alloc=647
 * 655 unconvertible-zeroing reason=conditional-zeroing alloc=647
 * 657 unconvertible-zeroing reason=conditional-zeroing alloc=647
 * 673 unconvertible-zeroing reason=conditional-zeroing alloc=668
 * 676 unconvertible-zeroing reason=conditional-zeroing alloc=668
 * 678 unconvertible-zeroing reason=conditional-zeroing alloc=668
 * 694 unconvertible-zeroing reason=conditional-zeroing alloc=689
 * 697 unconvertible-zeroing reason=conditional-zeroing alloc=689
 * 699 unconvertible-zeroing reason=conditional-zeroing alloc=689
 * 715 unconvertible-zeroing reason=conditional-zeroing alloc=710
 * 718 unconvertible-zeroing reason=conditional-zeroing alloc=710
 * 720 unconvertible-zeroing reason=conditional-zeroing alloc=710
 * 736 unconvertible-zeroing reason=conditional-zeroing alloc=731
 * 739 unconvertible-zeroing reason=conditional-zeroing alloc=731
 * 741 unconvertible-zeroing reason=conditional-zeroing alloc=731
 * 757 unconvertible-zeroing reason=conditional-zeroing alloc=752
 * 760 unconvertible-zeroing reason=conditional-zeroing alloc=752
 * 762 unconvertible-zeroing reason=conditional-zeroing alloc=752
 * 778 unconvertible-zeroing reason=conditional-zeroing alloc=773
 * 781 unconvertible-zeroing reason=conditional-zeroing alloc=773
 * 783 unconvertible-zeroing reason=conditional-zeroing alloc=773
 * 799 unconvertible-zeroing reason=conditional-zeroing alloc=794
 * 802 unconvertible-zeroing reason=conditional-zeroing alloc=794
 * 804 unconvertible-zeroing reason=conditional-zeroing alloc=794
 * 820 unconvertible-zeroing reason=conditional-zeroing alloc=815
 * 823 unconvertible-zeroing reason=conditional-zeroing alloc=815
 * 825 unconvertible-zeroing reason=conditional-zeroing alloc=815
 * 841 unconvertible-zeroing reason=conditional-zeroing alloc=836
 * 844 unconvertible-zeroing reason=conditional-zeroing alloc=836
 * 846 unconvertible-zeroing reason=conditional-zeroing alloc=836
 * check-findings-end
 */
