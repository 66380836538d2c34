/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * The GCC headers gfpzero needs, and every GCC version difference in one
 * place (as the kernel's scripts/gcc-plugins/gcc-common.h does).
 * Built and tested with GCC 11 to 16 (make check-compilers).
 *
 * Where GCC's own service changed shape from one version to the next and
 * the plugin can do without it, it does: source lines are read from the
 * file (source.c), not through GCC's line cache (location_get_source_line
 * became file_cache::get_source_line in GCC 14 and moved into
 * diagnostics/ in GCC 16), and the column of a location is counted there
 * too, not by diagnostic_converted_column (a member of the diagnostic
 * context in GCC 14, gone from it in GCC 15).
 */
#ifndef GFPZERO_GCC_COMPAT_H
#define GFPZERO_GCC_COMPAT_H

#include "gcc-plugin.h"
#include "config.h"
#include "system.h"
#include "coretypes.h"
#include "tm.h"
#include "line-map.h"
#include "input.h"
#include "tree.h"
#include "function.h"
#include "basic-block.h"
#include "intl.h"
#include "diagnostic.h"
#include "gcc-rich-location.h"
#include "context.h"
#include "tree-pass.h"
#include "stringpool.h"
#include "cgraph.h"
#include "fold-const.h"
#include "internal-fn.h"
#include "tree-ssa-alias.h"
#include "gimple-expr.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-ssa.h"
#include "tree-phinodes.h"
#include "ssa-iterators.h"
#include "tree-vrp.h"
#include "tree-ssanames.h"
#include "tree-dfa.h"
#include "tree-cfg.h"
#include "dominance.h"
#include "cfganal.h"
#include "hash-map.h"
#include "hash-set.h"

#ifndef __visible
#define __visible __attribute__((visibility("default")))
#endif

#if BUILDING_GCC_VERSION < 11000
#error "gfpzero needs GCC 11 or later"
#endif

/* GCC 16 dropped system.h's CONST_CAST along with its C heritage. */
#ifndef CONST_CAST
#define CONST_CAST(TYPE, X) (const_cast<TYPE>(X))
#endif

/*
 * -Werror turns every warning into an error.  gfpzero's default severity
 * must let a kernel build (CONFIG_WERROR) finish, so a finding is emitted
 * with the request switched off for the duration of that one diagnostic.
 * GCC 14 made the field private behind an accessor.
 */
#if BUILDING_GCC_VERSION >= 14000
static inline bool gz_werror_get(void)
{
	return global_dc->warning_as_error_requested_p();
}

static inline void gz_werror_set(bool on)
{
	global_dc->set_warning_as_error_requested(on);
}
#else
static inline bool gz_werror_get(void)
{
	return global_dc->warning_as_error_requested;
}

static inline void gz_werror_set(bool on)
{
	global_dc->warning_as_error_requested = on;
}
#endif

/*
 * The last statement of a block that is not a debug statement, or NULL:
 * last_stmt() until GCC 13, last_nondebug_stmt() from GCC 14; this reads
 * the same in all.
 */
static inline gimple *gz_last_stmt(basic_block bb)
{
	gimple_stmt_iterator gsi = gsi_last_nondebug_bb(bb);

	return gsi_end_p(gsi) ? NULL : gsi_stmt(gsi);
}

#endif /* GFPZERO_GCC_COMPAT_H */
