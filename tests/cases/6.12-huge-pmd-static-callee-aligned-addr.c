// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-6.12.h"

static vm_fault_t huge_pmd_anon_finish(struct vm_fault *vmf, struct page *page,
				       gfp_t gfp)
{
	struct vm_area_struct *vma = vmf->vma;
	struct folio *folio = page_folio(page);
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;

	if (mem_cgroup_charge(folio, vma->vm_mm, gfp)) {
		folio_put(folio);
		return VM_FAULT_FALLBACK;
	}
	folio_zero_user(folio, vmf->address);
	__folio_mark_uptodate(folio);
	folio_add_new_anon_rmap(folio, vma, haddr, RMAP_EXCLUSIVE);
	set_pmd_at(vma->vm_mm, haddr, vmf->pmd,
		   mk_huge_pmd(page, vma->vm_page_prot));
	return 0;
}

vm_fault_t huge_pmd_anon_fault(struct vm_fault *vmf)
{
	struct vm_area_struct *vma = vmf->vma;
	unsigned long haddr = vmf->address & HPAGE_PMD_MASK;
	struct folio *folio;
	gfp_t gfp;

	if (haddr < vma->vm_start || haddr + HPAGE_PMD_SIZE > vma->vm_end)
		return VM_FAULT_FALLBACK;
	gfp = vma_thp_gfp_mask(vma);
	folio = vma_alloc_folio(gfp, HPAGE_PMD_ORDER, vma, haddr, true);
	if (!folio)
		return VM_FAULT_FALLBACK;
	return huge_pmd_anon_finish(vmf, &folio->page, gfp);
}

/*
 * check-name: do_huge_pmd_anonymous_page() shape: static helper zeroes &folio->page of its only caller, HPAGE_PMD_MASK address
 * check-findings-start
 * 15 double-zeroing alloc=33
 * check-findings-end
 */
