/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * A minimal stand-in for the kernel headers that the gfpzero demo tree
 * needs: our own declarations, in the shape the kernel gives them, so
 * that the demo compiles on its own with a host gcc.  Both API eras
 * are declared: 6.1 (page based) and 6.12 (folios, allocation
 * functions as alloc_hooks() macros over *_noprof() functions).
 */
#ifndef _DEMO_KERNEL_H
#define _DEMO_KERNEL_H

#include <stdbool.h>
#include <stddef.h>

#define PAGE_SHIFT		12
#define PAGE_SIZE		(1UL << PAGE_SHIFT)
#define PAGE_MASK		(~(PAGE_SIZE - 1))
#define HPAGE_PMD_ORDER		9
#define HPAGE_PMD_NR		(1 << HPAGE_PMD_ORDER)
#define HPAGE_PMD_SIZE		(PAGE_SIZE << HPAGE_PMD_ORDER)
#define HPAGE_PMD_MASK		(~(HPAGE_PMD_SIZE - 1))
#define ALIGN_DOWN(x, a)	((x) & ~((typeof(x))(a) - 1))
#define NUMA_NO_NODE		(-1)

#define unlikely(x)		__builtin_expect(!!(x), 0)
#define __maybe_unused		__attribute__((__unused__))

typedef unsigned int gfp_t;
typedef unsigned int vm_fault_t;
typedef struct { unsigned long pte; } pte_t;

#define ___GFP_ZERO		0x100u
#define __GFP_ZERO		((gfp_t)___GFP_ZERO)
#define __GFP_MOVABLE		((gfp_t)0x08u)
#define __GFP_HIGHMEM		((gfp_t)0x02u)
#define GFP_KERNEL		((gfp_t)0xcc0u)
#define GFP_USER		((gfp_t)0xcc0u)
#define GFP_HIGHUSER		(GFP_USER | __GFP_HIGHMEM)
#define GFP_HIGHUSER_MOVABLE	(GFP_HIGHUSER | __GFP_MOVABLE)
#define GFP_TRANSHUGE		(GFP_HIGHUSER_MOVABLE | 0x40000u)

#define ENOMEM			12

#define VM_FAULT_OOM		0x0001
#define VM_FAULT_SIGBUS		0x0002

/* the allocator series' "no user address" (address 0 is a valid one) */
#define USER_ADDR_NONE		((unsigned long)-1)

struct page {
	unsigned long flags;
};

struct folio {
	struct page page;
};

struct mm_struct;
struct file;
struct hstate;
struct mempolicy;

struct vm_area_struct {
	unsigned long vm_start;
	unsigned long vm_end;
	unsigned long vm_flags;
	struct mm_struct *vm_mm;
	struct file *vm_file;
	void *vm_private_data;
};

struct vm_fault {
	struct vm_area_struct *vma;
	unsigned long address;		/* page aligned */
	unsigned long real_address;	/* the faulting address */
	unsigned int flags;
	pte_t *pte;
	struct page *page;
};

/* memory allocation profiling (6.10+): allocators are macros */
struct alloc_tag {
	unsigned long calls;
};

struct alloc_tag *alloc_tag_save(struct alloc_tag *tag);
void alloc_tag_restore(struct alloc_tag *old);

#define alloc_hooks(_do_alloc)						\
({									\
	static struct alloc_tag _alloc_tag;				\
	struct alloc_tag *_old = alloc_tag_save(&_alloc_tag);		\
	typeof(_do_alloc) _res = _do_alloc;				\
	alloc_tag_restore(_old);					\
	_res;								\
})

/* 6.1: page based allocation */
struct page *alloc_pages(gfp_t gfp, unsigned int order);
struct page *alloc_pages_vma(gfp_t gfp, int order, struct vm_area_struct *vma,
			     unsigned long addr, bool hugepage);
#define alloc_page(gfp)			alloc_pages(gfp, 0)
#define alloc_page_vma(gfp, vma, addr)	alloc_pages_vma(gfp, 0, vma, addr, false)
struct page *alloc_zeroed_user_highpage_movable(struct vm_area_struct *vma,
						unsigned long vaddr);
struct page *alloc_huge_page(struct vm_area_struct *vma, unsigned long addr,
			     int avoid_reserve);
void __free_pages(struct page *page, unsigned int order);
void put_page(struct page *page);

/* 6.12: folios behind alloc_hooks() */
struct folio *vma_alloc_folio_noprof(gfp_t gfp, int order,
				     struct vm_area_struct *vma,
				     unsigned long addr, bool hugepage);
#define vma_alloc_folio(...)	alloc_hooks(vma_alloc_folio_noprof(__VA_ARGS__))
struct folio *folio_alloc_noprof(gfp_t gfp, unsigned int order);
#define folio_alloc(...)	alloc_hooks(folio_alloc_noprof(__VA_ARGS__))
struct folio *vma_alloc_zeroed_movable_folio(struct vm_area_struct *vma,
					     unsigned long vaddr);
struct folio *alloc_hugetlb_folio(struct vm_area_struct *vma,
				  unsigned long addr, int avoid_reserve);
struct folio *alloc_hugetlb_folio_reserve(struct hstate *h, int nid,
					  void *nmask, gfp_t gfp);
void folio_put(struct folio *folio);

/* the allocator series: an explicit user address as the last argument */
struct folio *__folio_alloc_noprof(gfp_t gfp, unsigned int order,
				   int preferred_nid, void *nodemask,
				   unsigned long user_addr);
#define __folio_alloc(...)	alloc_hooks(__folio_alloc_noprof(__VA_ARGS__))

static inline struct page *folio_page(struct folio *folio, unsigned long n)
{
	return &folio->page + n;
}

static inline struct folio *page_folio(struct page *page)
{
	return (struct folio *)page;
}

unsigned long folio_size(struct folio *folio);
unsigned int pages_per_huge_page(struct hstate *h);
struct hstate *hstate_vma(struct vm_area_struct *vma);

/* lib/string.c */
void *memset(void *s, int c, size_t count);

/* kernel mappings */
void *page_address(const struct page *page);
void *kmap_local_page(struct page *page);
void *kmap_local_folio(struct folio *folio, size_t offset);
void kunmap_local(const void *addr);

/* zeroing */
void clear_page(void *to);
void clear_user_page(void *to, unsigned long vaddr, struct page *page);
void folio_zero_user(struct folio *folio, unsigned long addr_hint);
void clear_huge_page(struct page *page, unsigned long addr_hint,
		     unsigned int pages_per_huge_page);
void folio_zero_range(struct folio *folio, size_t start, size_t length);

static inline void clear_user_highpage(struct page *page, unsigned long vaddr)
{
	void *addr = kmap_local_page(page);

	clear_user_page(addr, vaddr, page);
	kunmap_local(addr);
}

static inline void clear_highpage(struct page *page)
{
	void *kaddr = kmap_local_page(page);

	clear_page(kaddr);
	kunmap_local(kaddr);
}

/* the guard callers put around their own zeroing (6.13+) */
bool cpu_dcache_is_aliasing(void);
bool cpu_icache_is_aliasing(void);
bool want_init_on_alloc(gfp_t flags);

static inline bool user_alloc_needs_zeroing(void)
{
	return cpu_dcache_is_aliasing() || cpu_icache_is_aliasing() ||
	       !want_init_on_alloc(GFP_HIGHUSER_MOVABLE);
}

/* publishing a page to user space */
pte_t mk_pte(struct page *page, unsigned long prot);
void set_pte_at(struct mm_struct *mm, unsigned long addr, pte_t *ptep,
		pte_t pte);
void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma,
			     unsigned long address);
void page_add_new_anon_rmap(struct page *page, struct vm_area_struct *vma,
			    unsigned long address);
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr,
		   struct page *page);
void map_anon_folio_pmd(struct folio *folio, struct vm_fault *vmf);
unsigned long vma_page_prot(struct vm_area_struct *vma);

#endif /* _DEMO_KERNEL_H */
