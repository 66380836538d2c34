/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero test fixture: just enough of the Linux 7.2 kernel API (the
 * allocator series not applied: no user_addr, no USER_ADDR_NONE) for
 * the cases to compile as userspace C with "gcc -c": four-argument
 * vma_alloc_folio(), alloc_hooks() with its profiling branch (one
 * source allocation, two calls), likely()/unlikely() as
 * __builtin_expect(), and VM_BUG_ON_FOLIO() as a CONFIG_DEBUG_VM build
 * expands it (a noreturn BUG()).  Written for the tests in the kernel's
 * shape; it is not kernel source.  Extern functions are declared only.
 */
#ifndef GFPZ_KERNEL_72_H
#define GFPZ_KERNEL_72_H

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
#define VM_FAULT_SIGBUS		0x0002u
#define VM_FAULT_FALLBACK	0x0800u
#define RMAP_EXCLUSIVE		((rmap_t)1)
#define NUMA_NO_NODE		(-1)

#define PAGE_SHIFT		12
#define PAGE_SIZE		4096UL
#define PAGE_OFFSET		0xffff888000000000UL
#define ALIGN_DOWN(x, a)	((x) & ~((a) - 1))

#define HPAGE_PMD_SHIFT		21
#define HPAGE_PMD_ORDER		(HPAGE_PMD_SHIFT - PAGE_SHIFT)
#define HPAGE_PMD_SIZE		(1UL << HPAGE_PMD_SHIFT)
#define HPAGE_PMD_MASK		(~(HPAGE_PMD_SIZE - 1))

#define likely(x)		__builtin_expect(!!(x), 1)
#define unlikely(x)		__builtin_expect(!!(x), 0)

/* gfp flags: only __GFP_ZERO has the 0x100 bit */
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

struct mempolicy;

void *memset(void *s, int c, unsigned long n);
void clear_page(void *page);

/* include/linux/alloc_tag.h: one allocation, a call on each branch */
struct alloc_tag {
	unsigned long counter;
};
bool mem_alloc_profiling_enabled(void);
struct alloc_tag *alloc_tag_save(struct alloc_tag *tag);
void alloc_tag_restore(struct alloc_tag *tag, struct alloc_tag *old);
#define alloc_hooks(_do_alloc)						\
({									\
	static struct alloc_tag _alloc_tag;				\
	typeof(_do_alloc) _res;						\
	if (mem_alloc_profiling_enabled()) {				\
		struct alloc_tag *_old;					\
		_old = alloc_tag_save(&_alloc_tag);			\
		_res = _do_alloc;					\
		alloc_tag_restore(&_alloc_tag, _old);			\
	} else								\
		_res = _do_alloc;					\
	_res;								\
})

/* include/asm-generic/bug.h, mmdebug.h (CONFIG_DEBUG_VM) */
void __attribute__((noreturn)) __bug(const char *file, int line);
#define BUG()			__bug(__FILE__, __LINE__)
void dump_page(const struct page *page, const char *reason);
#define VM_BUG_ON_FOLIO(cond, folio)					\
	do {								\
		if (unlikely(cond)) {					\
			dump_page(&(folio)->page, "VM_BUG_ON_FOLIO(" #cond ")");\
			BUG();						\
		}							\
	} while (0)

/* vm events */
enum vm_event_item { THP_FAULT_FALLBACK, THP_FAULT_FALLBACK_CHARGE };
enum mthp_stat_item { MTHP_STAT_ANON_FAULT_FALLBACK,
		      MTHP_STAT_ANON_FAULT_FALLBACK_CHARGE };
void count_vm_event(enum vm_event_item item);
void count_mthp_stat(int order, enum mthp_stat_item item);

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

/* allocation, before the series: no user_addr */
struct page *__alloc_pages_noprof(gfp_t gfp, unsigned int order,
				  int preferred_nid, nodemask_t *nodemask);
#define __alloc_pages(...)	alloc_hooks(__alloc_pages_noprof(__VA_ARGS__))
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
				     unsigned long addr);
#define alloc_pages(...)	alloc_hooks(alloc_pages_noprof(__VA_ARGS__))
#define folio_alloc(...)	alloc_hooks(folio_alloc_noprof(__VA_ARGS__))
#define folio_alloc_mpol(...)	alloc_hooks(folio_alloc_mpol_noprof(__VA_ARGS__))
#define vma_alloc_folio(...)	alloc_hooks(vma_alloc_folio_noprof(__VA_ARGS__))
#define alloc_page(gfp_mask)	alloc_pages(gfp_mask, 0)

gfp_t vma_thp_gfp_mask(struct vm_area_struct *vma);
int mem_cgroup_charge(struct folio *folio, struct mm_struct *mm, gfp_t gfp);
bool folio_memcg_alloc_deferred(struct folio *folio);
void folio_throttle_swaprate(struct folio *folio, gfp_t gfp);
bool folio_test_large(const struct folio *folio);
void folio_add_lru_vma(struct folio *folio, struct vm_area_struct *vma);
void folio_put(struct folio *folio);
void put_page(struct page *page);
void __folio_mark_uptodate(struct folio *folio);

/* zeroing, and the guard predicate under its three names */
extern bool init_on_alloc_enabled;

static inline bool user_alloc_needs_zeroing(void)
{
	return !init_on_alloc_enabled;
}

static inline bool alloc_need_zeroing(void)
{
	return !init_on_alloc_enabled;
}

/* true when the allocator already zeroed: zero only when false */
static inline bool alloc_zeroed(void)
{
	return init_on_alloc_enabled;
}

void folio_zero_user(struct folio *folio, unsigned long addr_hint);

static inline void clear_user_page(void *page, unsigned long vaddr,
				   struct page *pg)
{
	clear_page(page);
}

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

/* page tables and rmap */
static inline pte_t mk_pte(struct page *page, pgprot_t prot)
{
	pte_t pte = { (page_to_pfn(page) << PAGE_SHIFT) | prot.pgprot };

	return pte;
}

void set_ptes(struct mm_struct *mm, unsigned long addr, pte_t *ptep,
	      pte_t pte, unsigned int nr);
#define set_pte_at(mm, addr, ptep, pte)	set_ptes(mm, addr, ptep, pte, 1)
void set_pte_range(struct vm_fault *vmf, struct folio *folio,
		   struct page *page, unsigned int nr, unsigned long addr);
void folio_add_new_anon_rmap(struct folio *folio, struct vm_area_struct *vma,
			     unsigned long address, rmap_t flags);
int vm_insert_page(struct vm_area_struct *vma, unsigned long addr,
		   struct page *page);

#endif /* GFPZ_KERNEL_72_H */
