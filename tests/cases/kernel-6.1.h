/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero test fixture: just enough of a page based (6.1 era) kernel
 * API for the cases to compile as userspace C with "gcc -c".  Written
 * for the tests in the kernel's shape (macros where the kernel has
 * macros, static inlines where it has static inlines); it is not
 * kernel source.  Extern functions are declared only: the cases are
 * compiled, never linked.
 */
#ifndef GFPZ_KERNEL_6_1_H
#define GFPZ_KERNEL_6_1_H

#define NULL		((void *)0)
typedef _Bool		bool;
#define true		1
#define false		0

typedef unsigned int	gfp_t;
typedef unsigned int	vm_fault_t;
typedef unsigned long	pgoff_t;

#define ENOMEM			12
#define VM_FAULT_OOM		0x0001u
#define VM_FAULT_SIGBUS		0x0002u
#define VM_FAULT_FALLBACK	0x0800u

#define PAGE_SHIFT		12
#define PAGE_SIZE		4096UL
#define PAGE_MASK		(~(PAGE_SIZE - 1))
#define PAGE_OFFSET		0xffff888000000000UL
#define ALIGN_DOWN(x, a)	((x) & ~((a) - 1))

#define HPAGE_PMD_SHIFT		21
#define HPAGE_PMD_ORDER		(HPAGE_PMD_SHIFT - PAGE_SHIFT)
#define HPAGE_PMD_NR		(1 << HPAGE_PMD_ORDER)
#define HPAGE_PMD_SIZE		(1UL << HPAGE_PMD_SHIFT)
#define HPAGE_PMD_MASK		(~(HPAGE_PMD_SIZE - 1))

/* gfp flags: only __GFP_ZERO has the 0x100 bit */
#define __GFP_DMA		((gfp_t)0x01u)
#define __GFP_HIGHMEM		((gfp_t)0x02u)
#define __GFP_MOVABLE		((gfp_t)0x08u)
#define __GFP_IO		((gfp_t)0x40u)
#define __GFP_FS		((gfp_t)0x80u)
#define __GFP_ZERO		((gfp_t)0x100u)
#define __GFP_RECLAIM		((gfp_t)0xc00u)
#define __GFP_NOWARN		((gfp_t)0x2000u)
#define __GFP_COMP		((gfp_t)0x40000u)
#define __GFP_HARDWALL		((gfp_t)0x100000u)
#define GFP_KERNEL		(__GFP_RECLAIM | __GFP_IO | __GFP_FS)
#define GFP_USER		(__GFP_RECLAIM | __GFP_IO | __GFP_FS | __GFP_HARDWALL)
#define GFP_HIGHUSER		(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_TRANSHUGE		(GFP_HIGHUSER_MOVABLE | __GFP_COMP | __GFP_NOWARN)

typedef struct { unsigned long pte; } pte_t;
typedef struct { unsigned long pmd; } pmd_t;
typedef struct { unsigned long pgprot; } pgprot_t;
typedef struct page *pgtable_t;

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
	pmd_t *pmd;
	pte_t *pte;
	pte_t orig_pte;
	struct page *cow_page;
	struct page *page;
};

struct hstate {
	unsigned int order;
};

void *memset(void *s, int c, unsigned long n);
void clear_page(void *page);
void copy_page(void *to, void *from);

/* page <-> folio, page <-> kernel address */
static inline unsigned long _compound_head(const struct page *page)
{
	unsigned long head = page->compound_head;

	if (head & 1)
		return head - 1;
	return (unsigned long)page;
}
#define compound_head(page)	((typeof(page))_compound_head(page))
#define page_folio(p)		((struct folio *)_compound_head(p))
#define folio_page(folio, n)	(&(folio)->page + (n))

extern struct page *mem_map;
#define page_to_pfn(page)	((unsigned long)((page) - mem_map))

static inline void *lowmem_page_address(const struct page *page)
{
	return (void *)(PAGE_OFFSET + (page_to_pfn(page) << PAGE_SHIFT));
}
#define page_address(page)	lowmem_page_address(page)

static inline void *kmap_local_page(struct page *page)
{
	return page_address(page);
}

static inline void __kunmap_local(void *addr)
{
}
#define kunmap_local(__addr)	__kunmap_local(__addr)

static inline void *kmap_atomic(struct page *page)
{
	return page_address(page);
}

static inline void __kunmap_atomic(void *addr)
{
}
#define kunmap_atomic(__addr)	__kunmap_atomic(__addr)

/* allocation: mm/mempolicy.c, include/linux/gfp.h */
struct page *alloc_pages(gfp_t gfp, unsigned int order);
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)
struct page *alloc_pages_vma(gfp_t gfp, int order, struct vm_area_struct *vma,
			     unsigned long addr, bool hugepage);
struct folio *vma_alloc_folio(gfp_t gfp, int order, struct vm_area_struct *vma,
			      unsigned long addr, bool hugepage);

static inline struct page *alloc_page_vma(gfp_t gfp,
		struct vm_area_struct *vma, unsigned long addr)
{
	return alloc_pages_vma(gfp, 0, vma, addr, false);
}

/* the x86 form: the allocator zeroes */
#define alloc_zeroed_user_highpage_movable(vma, vaddr) \
	alloc_page_vma(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, vma, vaddr)

struct page *alloc_huge_page(struct vm_area_struct *vma, unsigned long addr,
			     int avoid_reserve);

void put_page(struct page *page);
void __free_pages(struct page *page, unsigned int order);
void folio_put(struct folio *folio);
int mem_cgroup_charge(struct folio *folio, struct mm_struct *mm, gfp_t gfp);
void __SetPageUptodate(struct page *page);

/* zeroing */
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

void clear_huge_page(struct page *page, unsigned long addr_hint,
		     unsigned int pages_per_huge_page);
void zero_user_segments(struct page *page, unsigned int start1,
			unsigned int end1, unsigned int start2,
			unsigned int end2);

static inline void zero_user_segment(struct page *page, unsigned int start,
				     unsigned int end)
{
	zero_user_segments(page, start, end, 0, 0);
}

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

void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep,
		pte_t pte);
void set_pmd_at(struct mm_struct *mm, unsigned long addr, pmd_t *pmdp,
		pmd_t pmd);
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr,
		   struct page *page);

#endif /* GFPZ_KERNEL_6_1_H */
