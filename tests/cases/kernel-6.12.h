/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero test fixture: just enough of the folio based (6.12 era) kernel
 * API, allocators as macros over *_noprof() under alloc_hooks(), for the
 * cases to compile as userspace C with "gcc -c".  Kernel-shaped, not
 * kernel source; extern functions are declared only.
 * vma_alloc_zeroed_movable_folio() is the x86 macro (passes __GFP_ZERO);
 * -DGENERIC_ZEROED_FOLIO selects the generic inline that zeroes after
 * allocating (a finding of its own).  Expectations assume the default.
 */
#ifndef GFPZ_KERNEL_6_12_H
#define GFPZ_KERNEL_6_12_H

#define NULL		((void *)0)
typedef _Bool		bool;
#define true		1
#define false		0

typedef unsigned int	gfp_t;
typedef unsigned int	vm_fault_t;
typedef unsigned long	pgoff_t;
typedef int		rmap_t;

#define ENOMEM			12
#define VM_FAULT_OOM		0x0001u
#define VM_FAULT_FALLBACK	0x0800u
#define RMAP_EXCLUSIVE		((rmap_t)1)
#define NUMA_NO_NODE		(-1)

#define PAGE_SHIFT		12
#define PAGE_SIZE		4096UL
#define PAGE_OFFSET		0xffff888000000000UL
/* the kernel's shape: GCC does not fold (x - m) + m when m is variable */
#define __ALIGN_KERNEL_MASK(x, mask)	(((x) + (mask)) & ~(mask))
#define __ALIGN_KERNEL(x, a)	__ALIGN_KERNEL_MASK(x, (__typeof__(x))(a) - 1)
#define ALIGN_DOWN(x, a)	__ALIGN_KERNEL((x) - ((a) - 1), (a))

#define HPAGE_PMD_SHIFT		21
#define HPAGE_PMD_ORDER		(HPAGE_PMD_SHIFT - PAGE_SHIFT)
#define HPAGE_PMD_SIZE		(1UL << HPAGE_PMD_SHIFT)
#define HPAGE_PMD_MASK		(~(HPAGE_PMD_SIZE - 1))

/* gfp flags: only __GFP_ZERO has the 0x100 bit */
#define __GFP_HIGHMEM		((gfp_t)0x02u)
#define __GFP_MOVABLE		((gfp_t)0x08u)
#define __GFP_IO		((gfp_t)0x40u)
#define __GFP_FS		((gfp_t)0x80u)
#define __GFP_ZERO		((gfp_t)0x100u)
#define __GFP_RECLAIM		((gfp_t)0xc00u)
#define __GFP_HARDWALL		((gfp_t)0x100000u)
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_USER		(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_HIGHUSER		(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)

typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pgprot; } pgprot_t;
typedef struct { unsigned long bits[1]; } nodemask_t;

struct page {
	unsigned long flags;
	unsigned long compound_head;
	unsigned long private;
};

struct folio {
	struct page page;
	unsigned long _flags_1;
	unsigned long _head_1;
};

struct mm_struct {
	unsigned long flags;
};

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	struct mm_struct *vm_mm;
	pgprot_t vm_page_prot;
	unsigned long vm_flags;
};

struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;
	unsigned long real_address;
	unsigned int flags;
	pgoff_t pgoff;
	pmd_t *pmd;
	pte_t *pte;
};

struct hstate {
	unsigned int order;
};
struct mempolicy;

void *memset(void *s, int c, unsigned long n);
void clear_page(void *page);

/* include/linux/alloc_tag.h */
#define alloc_hooks(_do_alloc) \
	({ typeof(_do_alloc) _res = _do_alloc; _res; })

/* page <-> folio, page <-> kernel address */
static inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = page->compound_head;

	if (head & 1)
		return head - 1;
	return (unsigned long)page;
}
#define page_folio(p)		((struct folio *)_compound_head(p))
#define folio_page(folio, n)	(&(folio)->page + (n))

#define folio_order(folio)	((unsigned int)((folio)->_flags_1 & 0xff))

static inline long folio_nr_pages(const struct folio *folio)
{
	return 1L << folio_order(folio);
}

static inline unsigned long folio_size(const struct folio *folio)
{
	return PAGE_SIZE << folio_order(folio);
}

extern struct page *vmemmap;
#define page_to_pfn(page)	((unsigned long)((page) - vmemmap))

static inline void *lowmem_page_address(const struct page *page)
{
	return (void *)(PAGE_OFFSET + (page_to_pfn(page) << PAGE_SHIFT));
}
#define page_address(page)	lowmem_page_address(page)

static inline void *folio_address(const struct folio *folio)
{
	return page_address(&folio->page);
}

static inline void *kmap_local_page(struct page *page)
{
	return page_address(page);
}

static inline void *kmap_local_folio(struct folio *folio, unsigned long offset)
{
	struct page *page = folio_page(folio, offset / PAGE_SIZE);

	return (char *)page_address(page) + offset % PAGE_SIZE;
}

static inline void __kunmap_local(const void *addr)
{
}
#define kunmap_local(__addr)	__kunmap_local(__addr)

/* allocation: include/linux/gfp.h, pagemap.h, hugetlb.h */
struct folio *__folio_alloc_noprof(gfp_t gfp, unsigned int order,
				   int preferred_nid, nodemask_t *nodemask);
#define __folio_alloc(...)	alloc_hooks(__folio_alloc_noprof(__VA_ARGS__))

struct page *alloc_pages_noprof(gfp_t gfp, unsigned int order);
struct folio *folio_alloc_noprof(gfp_t gfp, unsigned int order);
struct folio *folio_alloc_mpol_noprof(gfp_t gfp, unsigned int order,
				      struct mempolicy *mpol, pgoff_t ilx,
				      int nid);
struct folio *vma_alloc_folio_noprof(gfp_t gfp, int order,
				     struct vm_area_struct *vma,
				     unsigned long addr, bool hugepage);
#define alloc_pages(...)	alloc_hooks(alloc_pages_noprof(__VA_ARGS__))
#define folio_alloc(...)	alloc_hooks(folio_alloc_noprof(__VA_ARGS__))
#define folio_alloc_mpol(...)	alloc_hooks(folio_alloc_mpol_noprof(__VA_ARGS__))
#define vma_alloc_folio(...)	alloc_hooks(vma_alloc_folio_noprof(__VA_ARGS__))
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)

struct folio *filemap_alloc_folio_noprof(gfp_t gfp, unsigned int order);
#define filemap_alloc_folio(...) \
	alloc_hooks(filemap_alloc_folio_noprof(__VA_ARGS__))

struct folio *alloc_hugetlb_folio(struct vm_area_struct *vma,
				  unsigned long addr, int avoid_reserve);
struct folio *alloc_hugetlb_folio_reserve(struct hstate *h, int preferred_nid,
					  nodemask_t *nmask, gfp_t gfp_mask);

gfp_t vma_thp_gfp_mask(struct vm_area_struct *vma);
int mem_cgroup_charge(struct folio *folio, struct mm_struct *mm, gfp_t gfp);
void folio_put(struct folio *folio);
void put_page(struct page *page);
void __free_pages(struct page *page, unsigned int order);
void __folio_mark_uptodate(struct folio *folio);

/* zeroing */
extern bool init_on_alloc_enabled;

static inline bool user_alloc_needs_zeroing(void)
{
	return !init_on_alloc_enabled;
}

void folio_zero_user(struct folio *folio, unsigned long addr_hint);

static inline void clear_user_page(void *page, unsigned long vaddr,
				   struct page *pg)
{
	clear_page(page);
}

#ifndef clear_user_highpage
static inline void clear_user_highpage(struct page *page, unsigned long vaddr)
{
	void *addr = kmap_local_page(page);

	clear_user_page(addr, vaddr, page);
	kunmap_local(addr);
}
#endif

static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_local_page(page);

	clear_page(kaddr);
	kunmap_local(kaddr);
}

void zero_user_segments(struct page *page, unsigned int start1,
			unsigned int end1, unsigned int start2,
			unsigned int end2);

static inline void zero_user_segment(struct page *page, unsigned int start,
				     unsigned int end)
{
	zero_user_segments(page, start, end, 0, 0);
}

static inline void folio_zero_range(struct folio *folio, unsigned long start,
				    unsigned long length)
{
	zero_user_segments(&folio->page, start, start + length, 0, 0);
}

#ifdef GENERIC_ZEROED_FOLIO
static inline
struct folio *vma_alloc_zeroed_movable_folio(struct vm_area_struct *vma,
					     unsigned long vaddr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE, 0, vma, vaddr, false);
	if (folio)
		clear_user_highpage(&folio->page, vaddr);
	return folio;
}
#else
#define vma_alloc_zeroed_movable_folio(vma, vaddr) \
	vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, vaddr, false)
#endif

/* page tables and rmap */
static inline pte_t mk_pte(struct page *page, pgprot_t prot)
{
	pte_t pte = { (page_to_pfn(page) << PAGE_SHIFT) | prot.pgprot };

	return pte;
}

static inline pmd_t mk_huge_pmd(struct page *page, pgprot_t prot)
{
	pmd_t pmd = { (page_to_pfn(page) << PAGE_SHIFT) | prot.pgprot | 0x80 };

	return pmd;
}

void set_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptep,
	      pte_t pte, unsigned int nr);
#define set_pte_at(mm, addr, ptep, pte)	set_ptes(mm, addr, ptep, pte, 1)
void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp,
		pmd_t pmd);
void set_pte_range(struct vm_fault *vmf, struct folio *folio,
		   struct page *page, unsigned int nr, unsigned long addr);
void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma,
			     unsigned long address, rmap_t flags);
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr,
		   struct page *page);

#endif /* GFPZ_KERNEL_6_12_H */
