// SPDX-License-Identifier: GPL-2.0-only
#include "kernel-next.h"

/* include/linux/compiler.h, asm-generic/bug.h, mmdebug.h (CONFIG_DEBUG_VM) */
#define unlikely(x)	__builtin_expect(!!(x), 0)
void fz_bug(void) __attribute__((__noreturn__));
#define BUG()		fz_bug()
void dump_page(struct page *page, const char *reason);
#define VM_BUG_ON_FOLIO(cond, folio)					\
	do {								\
		if (unlikely(cond)) {					\
			dump_page(&(folio)->page, "VM_BUG_ON_FOLIO(" #cond ")");\
			BUG();						\
		}							\
	} while (0)

/* mm/huge_memory.c vma_alloc_anon_folio_pmd() in 7.2, in short */
struct folio *bug_on_folio(struct vm_area_struct *vma, unsigned long addr)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_TRANSHUGE | __GFP_ZERO, HPAGE_PMD_ORDER, vma, addr);
	if (!folio)
		return NULL;
	VM_BUG_ON_FOLIO(!folio->_flags_1, folio);
	return folio;
}

struct folio *bug_by_hand(struct vm_area_struct *vma, unsigned long addr,
			  int flags)
{
	struct folio *folio;

	folio = vma_alloc_folio(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, 0, vma, addr);
	if (!folio)
		return NULL;
	if (flags & 0x80) {
		dump_page(&folio->page, "bad flags");
		BUG();
	}
	return folio;
}

/*
 * check-name: a path that ends in BUG() never skips the zeroing: not conditional
 * check-findings-start
 * 26 double-zeroing alloc=22
 * 42 double-zeroing alloc=35
 * check-findings-end
 */
