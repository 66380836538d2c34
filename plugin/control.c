// SPDX-License-Identifier: GPL-2.0-only
/*
 * What decides whether a zeroing runs: guard predicates (with their
 * polarity), allocation-failure checks, other conditions whose skipping
 * path still uses the page, and publishing calls that come first.
 */
#include "track.h"

static bool gz_reaches(basic_block from, basic_block to, basic_block avoid)
{
	auto_vec<basic_block, 32> work;
	hash_set<basic_block> seen;

	work.safe_push(from);
	while (!work.is_empty()) {
		basic_block bb = work.pop();
		edge e;
		edge_iterator ei;

		if (bb == to)
			return true;
		if (bb == avoid || seen.add(bb))
			continue;
		FOR_EACH_EDGE(e, ei, bb->succs)
			work.safe_push(e->dest);
	}
	return false;
}

/*
 * Does the condition operand come from a guard predicate?  *NEG counts
 * the negations on the way (!x, x == 0, x ^ 1).
 */
static const struct gz_call *gz_guard_of(struct gz_fn *fn, tree t, bool *neg)
{
	int guard = 0;

	*neg = false;
	while (t && TREE_CODE(t) == SSA_NAME && guard++ < 8) {
		gimple *def = SSA_NAME_DEF_STMT(t);
		tree r1, r2;

		if (is_gimple_call(def)) {
			const struct gz_call *c = gz_site_call(fn, def);

			return c && c->role == GZ_ROLE_GUARD ? c : NULL;
		}
		if (!is_gimple_assign(def))
			return NULL;
		r1 = gimple_assign_rhs1(def);
		r2 = gimple_assign_rhs2(def);
		switch (gimple_assign_rhs_code(def)) {
		case SSA_NAME:
		CASE_CONVERT:
			t = r1;
			break;
		case BIT_NOT_EXPR:
			if (TYPE_PRECISION(TREE_TYPE(r1)) != 1)
				return NULL;
			/* fall through: ~ on a bool is ! */
		case TRUTH_NOT_EXPR:
			*neg = !*neg;
			t = r1;
			break;
		case BIT_XOR_EXPR:
		case EQ_EXPR:
		case NE_EXPR:
			if (TREE_CODE(r2) != INTEGER_CST)
				return NULL;
			if ((gimple_assign_rhs_code(def) == EQ_EXPR) ==
			    integer_zerop(r2))
				*neg = !*neg;
			t = r1;
			break;
		default:
			return NULL;
		}
	}
	return NULL;
}

/*
 * A guard that lets the zeroing run exactly when the predicate says
 * zeroing is needed; a test of the wrong polarity is just a condition.
 */
static const struct gz_call *gz_cond_guard(struct gz_fn *fn, gimple *cond,
					   basic_block zbb)
{
	tree l = gimple_cond_lhs(cond), r = gimple_cond_rhs(cond);
	const struct gz_call *g;
	edge e;
	edge_iterator ei;
	bool neg, taken = false, found = false;

	if (TREE_CODE(r) != INTEGER_CST)
		return NULL;
	g = gz_guard_of(fn, l, &neg);
	if (!g)
		return NULL;
	if ((gimple_cond_code(cond) == EQ_EXPR) == integer_zerop(r))
		neg = !neg;
	else if (gimple_cond_code(cond) != NE_EXPR &&
		 gimple_cond_code(cond) != EQ_EXPR)
		return NULL;
	FOR_EACH_EDGE(e, ei, gimple_bb(cond)->succs)
		if (gz_reaches(e->dest, zbb, gimple_bb(cond))) {
			if (found)
				return NULL;	/* both ways lead there */
			found = true;
			taken = e->flags & EDGE_TRUE_VALUE;
		}
	if (!found || (taken != neg) != (g->guard->zero_when != 0))
		return NULL;
	return g;
}

/* Does STMT use the object (beyond copying it or testing it)? */
static bool gz_uses(struct gz_fn *fn, struct gz_origin *o, gimple *stmt,
		    bool *releases)
{
	unsigned int i;

	if (gimple_code(stmt) == GIMPLE_RETURN)
		return gz_state(o, gimple_return_retval(as_a<greturn *>(stmt)))
		       & (GZ_OBJ | GZ_MAP);
	if (is_gimple_call(stmt)) {
		const struct gz_call *c = gz_site_call(fn, stmt);
		bool any = false;

		for (i = 0; i < gimple_call_num_args(stmt); i++)
			if (gz_state(o, gimple_call_arg(stmt, i)) & GZ_ANY)
				any = true;
		if (any && c && c->role == GZ_ROLE_RELEASE) {
			*releases = true;
			return false;
		}
		if (c && (c->role == GZ_ROLE_SAME || c->role == GZ_ROLE_MAP))
			return false;
		return any;
	}
	if (gimple_assign_single_p(stmt)) {
		tree lhs = gimple_assign_lhs(stmt);

		if (TREE_CODE(lhs) != SSA_NAME && TREE_CODE(lhs) != VAR_DECL)
			return gz_state(o, gimple_assign_rhs1(stmt)) &
			       (GZ_OBJ | GZ_MAP);
	}
	return false;
}

/* Can the object be used on a path from FROM that skips the zeroing? */
static bool gz_used_on_path(struct gz_fn *fn, struct gz_origin *o,
			    basic_block from, basic_block zbb)
{
	auto_vec<basic_block, 32> work;
	hash_set<basic_block> seen;

	work.safe_push(from);
	while (!work.is_empty()) {
		basic_block bb = work.pop();
		gimple_stmt_iterator gsi;
		bool releases = false;
		edge e;
		edge_iterator ei;

		if (bb == zbb || seen.add(bb) ||
		    bb == EXIT_BLOCK_PTR_FOR_FN(fn->fun))
			continue;
		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			if (gz_uses(fn, o, gsi_stmt(gsi), &releases))
				return true;
			if (releases)
				break;
		}
		if (releases)
			continue;
		FOR_EACH_EDGE(e, ei, bb->succs)
			work.safe_push(e->dest);
	}
	return false;
}



/* The conditions between the allocation and the zeroing. */
void gz_controls(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		 struct gz_control *ctl)
{
	basic_block abb = o->bb, zbb = gimple_bb(z), d = zbb;
	int guard = 0;

	memset(ctl, 0, sizeof(*ctl));
	while (d != abb && guard++ < 256) {
		gimple *last;
		edge e;
		edge_iterator ei;
		tree l, r;

		d = get_immediate_dominator(CDI_DOMINATORS, d);
		if (!d || !dominated_by_p(CDI_DOMINATORS, d, abb))
			break;
		last = last_stmt(d);
		if (!last || gimple_code(last) != GIMPLE_COND ||
		    dominated_by_p(CDI_POST_DOMINATORS, d, zbb))
			continue;
		l = gimple_cond_lhs(last);
		r = gimple_cond_rhs(last);
		if (((gz_state(o, l) & GZ_OBJ) && integer_zerop(r)) ||
		    ((gz_state(o, r) & GZ_OBJ) && integer_zerop(l)))
			continue;	/* the allocation-failure check */
		if (gz_cond_guard(fn, last, zbb)) {
			if (!ctl->guard)
				ctl->guard = gz_cond_guard(fn, last, zbb);
			continue;
		}
		FOR_EACH_EDGE(e, ei, d->succs)
			if (!gz_reaches(e->dest, zbb, d) &&
			    gz_used_on_path(fn, o, e->dest, zbb))
				ctl->conditional = true;
	}
}

/* Is a publish call on the object executed before Z? */
bool gz_published_before(struct gz_fn *fn, struct gz_origin *o,
			 gimple *z)
{
	unsigned int i, j;

	for (i = 0; i < fn->sites.length(); i++) {
		gimple *p = fn->sites[i].stmt;
		bool mine = false;

		if (fn->sites[i].call.role != GZ_ROLE_PUBLISH)
			continue;
		for (j = 0; j < gimple_call_num_args(p); j++)
			if (gz_state(o, gimple_call_arg(p, j)) & GZ_ANY)
				mine = true;
		if (!mine)
			continue;
		if (z == NULL)
			return true;
		if (gimple_bb(p) == gimple_bb(z)) {
			gimple_stmt_iterator gsi;

			for (gsi = gsi_for_stmt(p); !gsi_end_p(gsi);
			     gsi_next(&gsi))
				if (gsi_stmt(gsi) == z)
					return true;
		} else if (dominated_by_p(CDI_DOMINATORS, gimple_bb(z),
					  gimple_bb(p))) {
			return true;
		}
	}
	return false;
}
