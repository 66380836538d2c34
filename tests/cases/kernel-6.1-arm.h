/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero test fixture: kernel-6.1.h as 32-bit ARM built for several
 * CPU types (MULTI_USER) sees it.  clear_user_highpage() is a macro for
 * an indirect call through the per-CPU function table, so the compiler
 * sees no function name at the call; the source name survives only in
 * the macro expansion.  Not kernel source.
 */
#ifndef GFPZ_KERNEL_6_1_ARM_H
#define GFPZ_KERNEL_6_1_ARM_H

struct page;
struct vm_area_struct;

struct cpu_user_fns {
	void (*cpu_clear_user_highpage)(struct page *page, unsigned long vaddr);
	void (*cpu_copy_user_highpage)(struct page *to, struct page *from,
				       unsigned long vaddr,
				       struct vm_area_struct *vma);
};

extern struct cpu_user_fns cpu_user;

/* defined before the generic header, which then skips its own inline */
#undef clear_user_highpage
#define clear_user_highpage(page, vaddr)	\
	cpu_user.cpu_clear_user_highpage(page, vaddr)

#include "kernel-6.1.h"

#endif /* GFPZ_KERNEL_6_1_ARM_H */
