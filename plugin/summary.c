// SPDX-License-Identifier: GPL-2.0-only
/*
 * Cross-function summaries within a translation unit: functions that
 * zero a page or folio parameter, and who calls them with what.
 *
 * GCC runs the early passes in topological order, callees first, so a
 * callee's summary exists when its callers are analysed (not within a
 * recursive cycle: such zeroings are not followed).  Whether every
 * caller passes a fresh user page is only known at the end of the unit,
 * when findings are emitted.
 */
#include "gfpzero.h"

static vec<gz_summary> gz_summaries;

struct gz_caller {
	tree callee;
	bool fresh;
};

static vec<gz_caller> gz_callers;

void gz_summary_add(const struct gz_summary *s)
{
	gz_summaries.safe_push(*s);
}

const struct gz_summary *gz_summary_find(tree fndecl, int param)
{
	unsigned int i;

	for (i = 0; i < gz_summaries.length(); i++)
		if (gz_summaries[i].fndecl == fndecl &&
		    (param < 0 || gz_summaries[i].param == param))
			return &gz_summaries[i];
	return NULL;
}

void gz_summary_call(tree callee, bool fresh)
{
	struct gz_caller c = { callee, fresh };

	gz_callers.safe_push(c);
}

/*
 * A callee is shared when code outside this unit can call it, when its
 * address is taken, or when some caller passes it a page that is not a
 * fresh user page: converting its zeroing would leave those unzeroed.
 */
bool gz_summary_shared(tree fndecl)
{
	const struct gz_summary *s = gz_summary_find(fndecl, -1);
	unsigned int i;

	if (!s || s->exported)
		return true;
	for (i = 0; i < gz_callers.length(); i++)
		if (gz_callers[i].callee == fndecl && !gz_callers[i].fresh)
			return true;
	return false;
}

/* Can code we do not see call FNDECL?  Ask while its node exists. */
bool gz_summary_exported(tree fndecl)
{
	cgraph_node *node = cgraph_node::get(fndecl);

	return TREE_PUBLIC(fndecl) || !node || node->address_taken;
}

void gz_summary_reset(void)
{
	unsigned int i;

	for (i = 0; i < gz_summaries.length(); i++)
		free(gz_summaries[i].addr_text);
	gz_summaries.release();
	gz_callers.release();
}
