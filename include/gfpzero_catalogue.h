/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * gfpzero catalogue: the one description of the kernel API that the
 * gfpzero checks reason about.  Every backend reads this file:
 *
 *  - the GCC plugin includes it with the GFPZ_* macros defined as
 *    table initialisers and enums (plugin/catalogue.c, plugin/gfpzero.h);
 *  - the command and the tests read it as text: one entry per line,
 *    "GFPZ_<KIND>(name, field, ...)", no line continuations.
 *
 * Adding an allocator or a helper is one line here plus a test case.
 * No check keys on the name of the function being analysed: names in
 * this file are the names of functions that analysed code *calls*.
 *
 * Names are matched after stripping a GFPZ_STRIP_SUFFIX, so
 * vma_alloc_folio_noprof() (memory allocation profiling, 6.10+) is
 * vma_alloc_folio().  A call hidden behind a macro is recognised by
 * the outermost catalogue name in its macro expansion chain, so an
 * x86 "#define vma_alloc_zeroed_movable_folio(...) vma_alloc_folio(...)"
 * or an ARM "#define clear_user_highpage(...) cpu_user.fn(...)" is seen
 * under the name the source spells.
 *
 * Argument positions count from 0; -1 means "none".  An arity of -1
 * matches any number of arguments; an entry with the exact arity wins,
 * which is how API eras that share a name are told apart.
 *
 * Beside the kernel API, the model's own vocabulary is here too: the
 * checks and their actions, the reasons and their texts, the message
 * templates, the lengths that mean a whole page, the alignment macros.
 *
 * Include it as smatch includes its check_list.h: define the GFPZ_*
 * macros wanted, include this file; every macro left undefined reads as
 * nothing, and what this file defined it undefines at its end, so it can
 * be included any number of times, in any order, with no #undef list.
 * (No include guard, on purpose.)
 */
#ifndef GFPZ_ALLOC
#define GFPZ_ALLOC(...)
#define GFPZ_UNDO_ALLOC
#endif
#ifndef GFPZ_ZERO
#define GFPZ_ZERO(...)
#define GFPZ_UNDO_ZERO
#endif
#ifndef GFPZ_MAP
#define GFPZ_MAP(...)
#define GFPZ_UNDO_MAP
#endif
#ifndef GFPZ_UNMAP
#define GFPZ_UNMAP(...)
#define GFPZ_UNDO_UNMAP
#endif
#ifndef GFPZ_SAME
#define GFPZ_SAME(...)
#define GFPZ_UNDO_SAME
#endif
#ifndef GFPZ_GUARD
#define GFPZ_GUARD(...)
#define GFPZ_UNDO_GUARD
#endif
#ifndef GFPZ_PUBLISH
#define GFPZ_PUBLISH(...)
#define GFPZ_UNDO_PUBLISH
#endif
#ifndef GFPZ_RELEASE
#define GFPZ_RELEASE(...)
#define GFPZ_UNDO_RELEASE
#endif
#ifndef GFPZ_HINT
#define GFPZ_HINT(...)
#define GFPZ_UNDO_HINT
#endif
#ifndef GFPZ_ASSERT
#define GFPZ_ASSERT(...)
#define GFPZ_UNDO_ASSERT
#endif
#ifndef GFPZ_NORETURN
#define GFPZ_NORETURN(...)
#define GFPZ_UNDO_NORETURN
#endif
#ifndef GFPZ_GFP_ZERO
#define GFPZ_GFP_ZERO(...)
#define GFPZ_UNDO_GFP_ZERO
#endif
#ifndef GFPZ_NO_USER_ADDR
#define GFPZ_NO_USER_ADDR(...)
#define GFPZ_UNDO_NO_USER_ADDR
#endif
#ifndef GFPZ_STRIP_SUFFIX
#define GFPZ_STRIP_SUFFIX(...)
#define GFPZ_UNDO_STRIP_SUFFIX
#endif
#ifndef GFPZ_EXTENT
#define GFPZ_EXTENT(...)
#define GFPZ_UNDO_EXTENT
#endif
#ifndef GFPZ_ALIGN
#define GFPZ_ALIGN(...)
#define GFPZ_UNDO_ALIGN
#endif
#ifndef GFPZ_FINDS
#define GFPZ_FINDS(...)
#define GFPZ_UNDO_FINDS
#endif
#ifndef GFPZ_CHECK
#define GFPZ_CHECK(...)
#define GFPZ_UNDO_CHECK
#endif
#ifndef GFPZ_REASON
#define GFPZ_REASON(...)
#define GFPZ_UNDO_REASON
#endif
#ifndef GFPZ_MESSAGE
#define GFPZ_MESSAGE(...)
#define GFPZ_UNDO_MESSAGE
#endif

/*
 * GFPZ_ALLOC(name, arity, kind, object, gfp, order, addr, user_addr)
 *   kind:   USER   the allocator sees the faulting user address (addr);
 *           ZEROED as USER, and it always zeroes (implicit __GFP_ZERO);
 *           SERIES takes an explicit user_addr argument (the 2026
 *                  allocator series: USER_ADDR_NONE when there is none);
 *           NOADDR never sees a user address;
 *           POOL   hands out pre-allocated pool pages that do not pass
 *                  through post_alloc_hook() at fault time (hugetlb).
 *   object: PAGE or FOLIO, what it returns.
 */
/* 6.1: page based */
GFPZ_ALLOC(alloc_page_vma, 3, USER, PAGE, 0, -1, 2, -1)
GFPZ_ALLOC(alloc_pages_vma, 5, USER, PAGE, 0, 1, 3, -1)
GFPZ_ALLOC(alloc_zeroed_user_highpage_movable, 2, ZEROED, PAGE, -1, -1, 1, -1)
GFPZ_ALLOC(alloc_huge_page, -1, POOL, PAGE, -1, -1, 1, -1)
/* 6.12: five-argument vma_alloc_folio(), *_noprof() under alloc_hooks() */
GFPZ_ALLOC(vma_alloc_folio, 5, USER, FOLIO, 0, 1, 3, -1)
GFPZ_ALLOC(vma_alloc_zeroed_movable_folio, 2, ZEROED, FOLIO, -1, -1, 1, -1)
GFPZ_ALLOC(alloc_hugetlb_folio, -1, POOL, FOLIO, -1, -1, 1, -1)
GFPZ_ALLOC(alloc_hugetlb_folio_reserve, -1, POOL, FOLIO, -1, -1, -1, -1)
GFPZ_ALLOC(alloc_hugetlb_folio_nodemask, -1, POOL, FOLIO, -1, -1, -1, -1)
GFPZ_ALLOC(alloc_hugetlb_folio_vma, -1, POOL, FOLIO, -1, -1, 2, -1)
/* 6.15 and later: four-argument vma_alloc_folio() */
GFPZ_ALLOC(vma_alloc_folio, 4, USER, FOLIO, 0, 1, 3, -1)
GFPZ_ALLOC(vma_alloc_anon_folio_pmd, 2, ZEROED, FOLIO, -1, -1, 1, -1)
/* the allocator series: explicit user_addr as the last argument */
GFPZ_ALLOC(__alloc_pages, 5, SERIES, PAGE, 0, 1, -1, 4)
GFPZ_ALLOC(__folio_alloc, 5, SERIES, FOLIO, 0, 1, -1, 4)
GFPZ_ALLOC(folio_alloc_mpol, 6, SERIES, FOLIO, 0, 1, -1, 5)
/* no user address, in every era */
GFPZ_ALLOC(__alloc_pages, 4, NOADDR, PAGE, 0, 1, -1, -1)
GFPZ_ALLOC(__folio_alloc, 4, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC(folio_alloc_mpol, 5, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC(alloc_pages, 2, NOADDR, PAGE, 0, 1, -1, -1)
GFPZ_ALLOC(alloc_page, 1, NOADDR, PAGE, 0, -1, -1, -1)
GFPZ_ALLOC(alloc_pages_node, 3, NOADDR, PAGE, 1, 2, -1, -1)
GFPZ_ALLOC(folio_alloc, 2, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC(filemap_alloc_folio, 2, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC(shmem_alloc_folio, -1, NOADDR, FOLIO, 0, 1, -1, -1)

/*
 * GFPZ_ZERO(name, object_arg, object, addr_arg, value_arg, len_arg, extent)
 *   object:  PAGE, FOLIO or KADDR (a kernel mapping of the page);
 *   addr_arg: the user address, for helpers that do the user-address
 *             cache maintenance (clear_user_highpage() and friends);
 *   value_arg: the fill value, which must be 0 (memset);
 *   len_arg:  the length, compared with the object's size;
 *   extent:  FULL zeroes the whole object, RANGE only part of it.
 */
GFPZ_ZERO(folio_zero_user, 0, FOLIO, 1, -1, -1, FULL)
GFPZ_ZERO(clear_huge_page, 0, PAGE, 1, -1, -1, FULL)
GFPZ_ZERO(clear_user_highpage, 0, PAGE, 1, -1, -1, FULL)
GFPZ_ZERO(clear_user_page, 0, KADDR, 1, -1, -1, FULL)
GFPZ_ZERO(clear_highpage, 0, PAGE, -1, -1, -1, FULL)
GFPZ_ZERO(clear_highpage_kasan_tagged, 0, PAGE, -1, -1, -1, FULL)
GFPZ_ZERO(clear_page, 0, KADDR, -1, -1, -1, FULL)
GFPZ_ZERO(memset, 0, KADDR, -1, 1, 2, FULL)
GFPZ_ZERO(__builtin_memset, 0, KADDR, -1, 1, 2, FULL)
GFPZ_ZERO(folio_zero_range, 0, FOLIO, -1, -1, -1, RANGE)
GFPZ_ZERO(folio_zero_segment, 0, FOLIO, -1, -1, -1, RANGE)
GFPZ_ZERO(zero_user_segment, 0, PAGE, -1, -1, -1, RANGE)
GFPZ_ZERO(zero_user_segments, 0, PAGE, -1, -1, -1, RANGE)
GFPZ_ZERO(zero_user, 0, PAGE, -1, -1, -1, RANGE)

/*
 * GFPZ_MAP(name, object_arg, offset_arg): returns a kernel mapping of
 * the page or folio; a non-zero offset maps part of it.
 */
GFPZ_MAP(kmap_local_page, 0, -1)
GFPZ_MAP(kmap_local_folio, 0, 1)
GFPZ_MAP(kmap_atomic, 0, -1)
GFPZ_MAP(kmap, 0, -1)
GFPZ_MAP(page_address, 0, -1)
GFPZ_MAP(lowmem_page_address, 0, -1)
GFPZ_MAP(folio_address, 0, -1)

/* GFPZ_UNMAP(name): ends a mapping; removed with the zeroing it held. */
GFPZ_UNMAP(kunmap_local)
GFPZ_UNMAP(kunmap_atomic)
GFPZ_UNMAP(kunmap)

/*
 * GFPZ_SAME(name, object_arg, index_arg): returns the same page or
 * folio (or, with a non-zero index, a subpage of it).
 */
GFPZ_SAME(page_folio, 0, -1)
GFPZ_SAME(_compound_head, 0, -1)
GFPZ_SAME(compound_head, 0, -1)
GFPZ_SAME(folio_page, 0, 1)
GFPZ_SAME(nth_page, 0, 1)

/*
 * GFPZ_GUARD(name, zero_when): guard predicates.  The caller zeroes
 * only when the predicate returns zero_when (1 or 0).
 */
GFPZ_GUARD(user_alloc_needs_zeroing, 1)
GFPZ_GUARD(alloc_need_zeroing, 1)
GFPZ_GUARD(alloc_zeroed, 0)

/* GFPZ_PUBLISH(name): makes a page visible to user space. */
GFPZ_PUBLISH(set_pte_at)
GFPZ_PUBLISH(set_ptes)
GFPZ_PUBLISH(set_pmd_at)
GFPZ_PUBLISH(set_huge_pte_at)
GFPZ_PUBLISH(set_pte_range)
GFPZ_PUBLISH(folio_add_new_anon_rmap)
GFPZ_PUBLISH(page_add_new_anon_rmap)
GFPZ_PUBLISH(map_anon_folio_pmd)
GFPZ_PUBLISH(vm_insert_page)
GFPZ_PUBLISH(vm_insert_pages)
GFPZ_PUBLISH(vmf_insert_page)
GFPZ_PUBLISH(vmf_insert_pfn)
GFPZ_PUBLISH(vmf_insert_mixed)
GFPZ_PUBLISH(insert_page)

/* GFPZ_RELEASE(name): drops the page; a path that releases it is an error path. */
GFPZ_RELEASE(folio_put)
GFPZ_RELEASE(put_page)
GFPZ_RELEASE(__free_pages)
GFPZ_RELEASE(__free_page)
GFPZ_RELEASE(free_hugetlb_folio)

/*
 * GFPZ_HINT(name): passes its first argument on and only hints the
 * branch; a condition is read through it.  (The plugin sees what these
 * expand to, GCC's __builtin_expect.)
 */
GFPZ_HINT(likely)
GFPZ_HINT(unlikely)
GFPZ_HINT(likely_notrace)
GFPZ_HINT(unlikely_notrace)
GFPZ_HINT(__builtin_expect)

/*
 * GFPZ_NORETURN(name): never returns; a path through it uses nothing.
 * (The plugin sees GCC's noreturn attribute.)
 */
GFPZ_NORETURN(BUG)
GFPZ_NORETURN(panic)
GFPZ_NORETURN(__bug)
GFPZ_NORETURN(do_exit)
GFPZ_NORETURN(__builtin_unreachable)
GFPZ_NORETURN(unreachable)

/*
 * GFPZ_ASSERT(name): a debug assertion; it tests its arguments and uses
 * nothing of them (VM_BUG_ON_FOLIO(cond, folio) dumps the folio and
 * stops, or is no code at all).  (The plugin sees what these expand to.)
 */
GFPZ_ASSERT(VM_BUG_ON_FOLIO)
GFPZ_ASSERT(VM_BUG_ON_PAGE)
GFPZ_ASSERT(VM_BUG_ON)
GFPZ_ASSERT(VM_WARN_ON_FOLIO)
GFPZ_ASSERT(VM_WARN_ON_ONCE_FOLIO)
GFPZ_ASSERT(VM_WARN_ON_ONCE_PAGE)
GFPZ_ASSERT(BUG_ON)
GFPZ_ASSERT(WARN_ON)
GFPZ_ASSERT(WARN_ON_ONCE)

/* GFPZ_GFP_ZERO(name): a gfp flag that makes the allocator zero. */
GFPZ_GFP_ZERO(__GFP_ZERO)

/* GFPZ_NO_USER_ADDR(name): the series' "no user address" value. */
GFPZ_NO_USER_ADDR(USER_ADDR_NONE)

/* GFPZ_STRIP_SUFFIX(suffix): name suffixes that do not change the API. */
GFPZ_STRIP_SUFFIX(_noprof)

/*
 * GFPZ_EXTENT(name, form): a length that is the whole page or folio:
 * NAME alone (form NAME) or a call of NAME (form CALL), as the zeroing's
 * length argument (memset(addr, 0, PAGE_SIZE)).
 */
GFPZ_EXTENT(PAGE_SIZE, NAME)
GFPZ_EXTENT(folio_size, CALL)
GFPZ_EXTENT(page_size, CALL)

/*
 * GFPZ_ALIGN(name): rounds an address to an alignment; the user address
 * given the allocator through it is still the fault's (the conversion
 * passes the allocator's own argument on).  (The plugin sees the
 * arithmetic these expand to.)  It only computes: a declaration whose
 * initialiser calls nothing else may go with its unused variable.
 */
GFPZ_ALIGN(ALIGN_DOWN)
GFPZ_ALIGN(ALIGN)
GFPZ_ALIGN(round_down)
GFPZ_ALIGN(round_up)
GFPZ_ALIGN(__ALIGN_KERNEL)

/*
 * GFPZ_FINDS(kind, ...): a file that calls an allocator can give a
 * finding only when it also has calls of each KIND of one of these
 * lines (the semantic patch's gates, the command's prefilter):
 *   zero    a zeroing helper on the page (no user address argument);
 *   uzero   a zeroing helper that takes a user address;
 *   kzero   a zeroing helper on a kernel address, map a mapping for it;
 *   pub     a publishing call;  gfpz  a gfp flag that zeroes;
 *   ualloc  an allocator that sees the user address (called with an
 *           arity that passes it).
 */
GFPZ_FINDS(pub, zero)
GFPZ_FINDS(pub, kzero, map)
GFPZ_FINDS(pub, gfpz)
GFPZ_FINDS(uzero)
GFPZ_FINDS(ualloc, zero)
GFPZ_FINDS(ualloc, kzero, map)

/*
 * GFPZ_CHECK(id, name, action): the checks, in this order everywhere
 * (options, JSON, documentation).  action: CONVERT, the conversion is
 * produced; REPORT, the site is only reported.
 */
GFPZ_CHECK(DOUBLE_ZEROING, "double-zeroing", CONVERT)
GFPZ_CHECK(MANUAL_ZEROING, "manual-zeroing", CONVERT)
GFPZ_CHECK(ZERO_WITHOUT_USER_ADDR, "zero-without-user-addr", REPORT)
GFPZ_CHECK(UNCONVERTIBLE_ZEROING, "unconvertible-zeroing", REPORT)

/*
 * GFPZ_REASON(id, name, text): why an unconvertible-zeroing must not be
 * converted.  The first that applies is given, in this order (but
 * shared-callee, which is given at the callee).
 */
GFPZ_REASON(NO_USER_ADDRESS_PARAMETER, "no-user-address-parameter", "its allocator takes no user address, so the allocator could only zero it through the kernel alias")
GFPZ_REASON(NOT_A_USER_ADDRESS, "not-a-user-address", "the zeroing is given a constant, not a user address")
GFPZ_REASON(POOL_ALLOCATOR, "pool-allocator", "it comes from a pool allocator, whose pages do not pass through post_alloc_hook() at fault time")
GFPZ_REASON(PARTIAL_ZEROING, "partial-zeroing", "only part of it is zeroed here")
GFPZ_REASON(ZEROED_AFTER_PUBLISH, "zeroed-after-publish", "it is zeroed after it was mapped to user space")
GFPZ_REASON(CONDITIONAL_ZEROING, "conditional-zeroing", "it is zeroed only on some paths that use it")
GFPZ_REASON(SHARED_CALLEE, "shared-callee", "the zeroing is in a function that other callers share")

/*
 * GFPZ_MESSAGE(id, template): the diagnostics' text, printf-style, every
 * conversion a %s.  Arguments, in order:
 *   UNCONVERTIBLE   object, allocator, zeroing, reason name, reason text
 *   ALREADY_ZEROED  object, allocator, zeroing
 *   GUARDED         object, allocator, zeroing, guard
 *   ZEROED_TWICE    object, allocator, zeroing
 *   SHARED          object, allocator, zeroing, callee, " (file:line)"
 *                   of a callee in another unit or "", reason name, text
 *   NO_USER_ADDR    allocator, object
 */
GFPZ_MESSAGE(UNCONVERTIBLE, "user %s from '%s' is zeroed by hand with '%s', but passing __GFP_ZERO instead would be wrong (%s): %s")
GFPZ_MESSAGE(ALREADY_ZEROED, "user %s from '%s' was already zeroed by the allocator; '%s' zeroes it a second time")
GFPZ_MESSAGE(GUARDED, "user %s from '%s' is zeroed by hand with '%s' under '%s()'; pass __GFP_ZERO so the allocator zeroes it with the user address")
GFPZ_MESSAGE(ZEROED_TWICE, "user %s from '%s' is zeroed by hand with '%s'; with init_on_alloc=1 it is zeroed twice, the second time through the cache-flush path; pass __GFP_ZERO")
GFPZ_MESSAGE(SHARED, "user %s from '%s' is zeroed by hand with '%s' in '%s'%s, but passing __GFP_ZERO instead would be wrong (%s): %s")
GFPZ_MESSAGE(NO_USER_ADDR, "'%s' zeroes this %s with __GFP_ZERO through the kernel alias only, and it is mapped to user space in this function; on aliasing-cache architectures the user mapping can see stale cache lines")

#ifdef GFPZ_UNDO_ALLOC
#undef GFPZ_ALLOC
#undef GFPZ_UNDO_ALLOC
#endif
#ifdef GFPZ_UNDO_ZERO
#undef GFPZ_ZERO
#undef GFPZ_UNDO_ZERO
#endif
#ifdef GFPZ_UNDO_MAP
#undef GFPZ_MAP
#undef GFPZ_UNDO_MAP
#endif
#ifdef GFPZ_UNDO_UNMAP
#undef GFPZ_UNMAP
#undef GFPZ_UNDO_UNMAP
#endif
#ifdef GFPZ_UNDO_SAME
#undef GFPZ_SAME
#undef GFPZ_UNDO_SAME
#endif
#ifdef GFPZ_UNDO_GUARD
#undef GFPZ_GUARD
#undef GFPZ_UNDO_GUARD
#endif
#ifdef GFPZ_UNDO_PUBLISH
#undef GFPZ_PUBLISH
#undef GFPZ_UNDO_PUBLISH
#endif
#ifdef GFPZ_UNDO_RELEASE
#undef GFPZ_RELEASE
#undef GFPZ_UNDO_RELEASE
#endif
#ifdef GFPZ_UNDO_HINT
#undef GFPZ_HINT
#undef GFPZ_UNDO_HINT
#endif
#ifdef GFPZ_UNDO_ASSERT
#undef GFPZ_ASSERT
#undef GFPZ_UNDO_ASSERT
#endif
#ifdef GFPZ_UNDO_NORETURN
#undef GFPZ_NORETURN
#undef GFPZ_UNDO_NORETURN
#endif
#ifdef GFPZ_UNDO_GFP_ZERO
#undef GFPZ_GFP_ZERO
#undef GFPZ_UNDO_GFP_ZERO
#endif
#ifdef GFPZ_UNDO_NO_USER_ADDR
#undef GFPZ_NO_USER_ADDR
#undef GFPZ_UNDO_NO_USER_ADDR
#endif
#ifdef GFPZ_UNDO_STRIP_SUFFIX
#undef GFPZ_STRIP_SUFFIX
#undef GFPZ_UNDO_STRIP_SUFFIX
#endif
#ifdef GFPZ_UNDO_EXTENT
#undef GFPZ_EXTENT
#undef GFPZ_UNDO_EXTENT
#endif
#ifdef GFPZ_UNDO_ALIGN
#undef GFPZ_ALIGN
#undef GFPZ_UNDO_ALIGN
#endif
#ifdef GFPZ_UNDO_FINDS
#undef GFPZ_FINDS
#undef GFPZ_UNDO_FINDS
#endif
#ifdef GFPZ_UNDO_CHECK
#undef GFPZ_CHECK
#undef GFPZ_UNDO_CHECK
#endif
#ifdef GFPZ_UNDO_REASON
#undef GFPZ_REASON
#undef GFPZ_UNDO_REASON
#endif
#ifdef GFPZ_UNDO_MESSAGE
#undef GFPZ_MESSAGE
#undef GFPZ_UNDO_MESSAGE
#endif
