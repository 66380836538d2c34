// SPDX-License-Identifier: GPL-2.0-only
/*
 * The pass over one function: collect its calls that the catalogue or a
 * summary knows, and, when it allocates, zeroes or publishes a page,
 * follow each allocation (flow.c), classify each zeroing of it
 * (decide.c), summarise the function for its callers (summary.c) and
 * list what was not followed (inventory.c).  GCC calls it once per
 * function, callees first (gfpzero_plugin.c registers it).
 */
#include "track.h"

/*
 * A catalogue macro can hide its call behind one the catalogue does not
 * name (32-bit ARM's clear_user_highpage() is an indirect call), so a
 * call inside its expansion is known by the macro's name.  But when the
 * same expansion also holds a call the catalogue names with that role,
 * that call is the macro's, and the others are its scaffolding
 * (alloc_hooks() around an allocation: a profiling test, a tag save and
 * restore): they are dropped.  Internal calls are never the macro's.
 */
static void gz_drop_hidden(struct gz_fn *fn)
{
	unsigned int i, j, k = 0;

	for (i = 0; i < fn->sites.length(); i++) {
		const struct gz_site *s = &fn->sites[i];
		bool drop = gimple_call_internal_p(s->stmt);

		for (j = 0; !drop && s->call.hidden &&
			    j < fn->sites.length(); j++)
			drop = !fn->sites[j].call.hidden &&
			       fn->sites[j].call.role == s->call.role &&
			       fn->sites[j].call.loc == s->call.loc;
		if (!drop)
			fn->sites[k++] = *s;
	}
	fn->sites.truncate(k);
}

/*
 * Are sites I and J two calls of one source allocation, which a macro
 * expanded into alternatives (alloc_hooks(): one call per branch)?  The
 * same allocator at the same source location, neither reaching the other.
 */
static bool gz_twins(struct gz_fn *fn, unsigned int i, unsigned int j)
{
	const struct gz_site *a = &fn->sites[i], *b = &fn->sites[j];
	basic_block ncd;

	if (a->call.role != GZ_ROLE_ALLOC || b->call.role != GZ_ROLE_ALLOC ||
	    !gimple_call_lhs(a->stmt) || !gimple_call_lhs(b->stmt) ||
	    a->call.alloc != b->call.alloc || a->call.wrapper != b->call.wrapper ||
	    a->call.loc == UNKNOWN_LOCATION || a->call.loc != b->call.loc)
		return false;
	/* alternatives: not one after the other, even round a loop */
	ncd = nearest_common_dominator(CDI_DOMINATORS, gimple_bb(a->stmt),
				       gimple_bb(b->stmt));
	return !gz_bb_reaches(gimple_bb(a->stmt), gimple_bb(b->stmt), ncd) &&
	       !gz_bb_reaches(gimple_bb(b->stmt), gimple_bb(a->stmt), ncd);
}

void gz_analyse_function(function *fun)
{
	hash_set<gimple *> fresh;
	struct gz_fn fn;
	basic_block bb;
	unsigned int i, j;
	bool allocs = false, zeros = false, pubs = false;

	memset(&fn, 0, sizeof(fn));
	fn.fun = fun;
	fn.fndecl = fun->decl;
	fn.name = IDENTIFIER_POINTER(DECL_NAME(fun->decl));
	fn.sites.create(0);
	fn.callee_calls.create(0);
	fn.index = new hash_map<gimple *, unsigned>;
	fn.reached = new hash_set<gimple *>;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct gz_site s;
			tree callee;

			if (!is_gimple_call(stmt))
				continue;
			callee = gimple_call_fndecl(stmt);
			if (!gz_classify_call(stmt, &s.call) &&
			    !gz_wrapper_call(stmt, callee, &s.call)) {
				/* catalogue calls are known by what they are */
				if (callee && gz_summary_find(callee, -1))
					fn.callee_calls.safe_push(stmt);
				/* a callee may zero and then publish */
				if (!gz_publisher_call(stmt, callee, &s.call))
					continue;
			}
			s.stmt = stmt;
			fn.sites.safe_push(s);
		}
	}
	gz_drop_hidden(&fn);
	for (i = 0; i < fn.sites.length(); i++) {
		gimple *stmt = fn.sites[i].stmt;

		fn.index->put(stmt, i);
		if (fn.sites[i].call.role == GZ_ROLE_ALLOC && gimple_call_lhs(stmt))
			allocs = true;
		if (fn.sites[i].call.role == GZ_ROLE_ZERO)
			zeros = true;
		if (fn.sites[i].call.role == GZ_ROLE_PUBLISH)
			pubs = true;
	}
	/* cheap exit: most functions allocate, zero and publish no page */
	if (!allocs && !zeros && !pubs)
		goto out;
	for (i = 0; i < fn.sites.length(); i++)
		gz_call_settle(&fn.sites[i].call);

	calculate_dominance_info(CDI_DOMINATORS);
	calculate_dominance_info(CDI_POST_DOMINATORS);
	if (zeros)
		gz_param_summaries(&fn);
	if (pubs && !gz_summary_exported(fn.fndecl))
		gz_param_publishers(&fn);
	for (i = 0; allocs && i < fn.sites.length(); i++) {
		struct gz_origin o;

		if (fn.sites[i].call.role != GZ_ROLE_ALLOC ||
		    !gimple_call_lhs(fn.sites[i].stmt))
			continue;
		for (j = 0; j < i; j++)
			if (gz_twins(&fn, j, i))
				break;
		if (j < i)
			continue;	/* analysed with its first call */
		memset(&o, 0, sizeof(o));
		o.stmt = fn.sites[i].stmt;
		o.twins.safe_push(o.stmt);
		for (j = i + 1; j < fn.sites.length(); j++)
			if (gz_twins(&fn, i, j))
				o.twins.safe_push(fn.sites[j].stmt);
		o.seed = gimple_call_lhs(o.stmt);
		o.bb = gimple_bb(o.stmt);
		for (j = 1; j < o.twins.length(); j++)
			o.bb = nearest_common_dominator(CDI_DOMINATORS, o.bb,
						gimple_bb(o.twins[j]));
		o.call = fn.sites[i].call;
		o.state = new hash_map<tree, int>;
		o.have_args = gz_read_site(&o.call, &o.args);
		o.gfp_zero = gz_gfp_has_zero(&fn, &o);
		gz_propagate(&fn, &o);
		for (j = 0; j < fn.sites.length(); j++)
			if (fn.sites[j].call.role == GZ_ROLE_ZERO &&
			    gz_zeroing(&fn, &o, fn.sites[j].stmt,
				       &fn.sites[j].call))
				fn.reached->add(fn.sites[j].stmt);
		for (j = 0; j < fn.callee_calls.length(); j++)
			if (gz_callee_zeroing(&fn, &o, fn.callee_calls[j]))
				fresh.add(fn.callee_calls[j]);
		gz_zero_without_addr(&fn, &o);
		gz_note_wrapper(&fn, &o);
		if (o.have_args)
			gz_free_args(&o.args);
		delete o.state;
		o.stores.release();
		o.twins.release();
	}
	if (zeros && gz_inventory_on)
		gz_inventory_function(&fn);
	free_dominance_info(CDI_POST_DOMINATORS);
out:
	for (j = 0; j < fn.callee_calls.length(); j++)
		gz_summary_call(gimple_call_fndecl(fn.callee_calls[j]),
				fresh.contains(fn.callee_calls[j]));
	delete fn.index;
	delete fn.reached;
	delete fn.live;
	fn.sites.release();
	fn.callee_calls.release();
}
