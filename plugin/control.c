// SPDX-License-Identifier: GPL-2.0-only
/*
 * What decides whether a zeroing runs: guard predicates (with their
 * polarity), allocation-failure checks, other conditions whose skipping
 * path still uses the page, and publishing calls that come first.  These
 * are questions about the function's control flow (dominators, paths),
 * apart from following values (flow.c).
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

/* __builtin_expect(), as likely() and unlikely() expand: only a hint. */
static bool gz_call_is_expect(gimple *stmt)
{
	return gimple_call_builtin_p(stmt, BUILT_IN_EXPECT) ||
	       gimple_call_builtin_p(stmt, BUILT_IN_EXPECT_WITH_PROBABILITY) ||
	       gimple_call_internal_p(stmt, IFN_BUILTIN_EXPECT);
}

/* Can FROM reach TO (another block) without passing AVOID? */
bool gz_bb_reaches(basic_block from, basic_block to, basic_block avoid)
{
	return from != to && from != avoid && gz_reaches(from, to, avoid);
}

/* What taking one edge of a condition says about the origin. */
enum {
	GZ_F_NULL = 1,		/* the object is NULL there */
	GZ_F_NEED = 2,		/* a guard says zeroing is needed */
	GZ_F_NO_NEED = 4,	/* a guard says the allocator zeroed it */
};

/* A comparison with a constant, the constant second: x == 0, not 0 == x. */
static void gz_constant_second(tree *a, tree *b)
{
	tree t = *a;

	if (TREE_CODE(t) != INTEGER_CST)
		return;
	*a = *b;
	*b = t;
}

/*
 * The facts that hold where the value T is TRUTH (nonzero when true).
 * Seen through what GCC makes of a kernel condition: copies and casts,
 * __builtin_expect() (likely(), unlikely()), !, !!, x == 0, x ^ 1, and
 * the & and | of conditions GCC does not split into blocks.
 */
static int gz_facts_of(struct gz_fn *fn, struct gz_origin *o, tree t,
		       bool truth, const struct gz_call **guard, int depth)
{
	gimple *def;
	tree r1, r2;

	if (!t || TREE_CODE(t) != SSA_NAME || depth > 16)
		return 0;
	if (POINTER_TYPE_P(TREE_TYPE(t)) && (gz_state(o, t) & GZ_OBJ))
		return truth ? 0 : GZ_F_NULL;
	def = SSA_NAME_DEF_STMT(t);
	if (is_gimple_call(def)) {
		const struct gz_call *c = gz_site_call(fn, def);

		if (gz_call_is_expect(def) && gimple_call_num_args(def) > 0)
			return gz_facts_of(fn, o, gimple_call_arg(def, 0),
					   truth, guard, depth + 1);
		if (!c || c->role != GZ_ROLE_GUARD)
			return 0;
		if (guard)
			*guard = c;
		return truth == (c->guard->zero_when != 0) ?
		       GZ_F_NEED : GZ_F_NO_NEED;
	}
	if (!is_gimple_assign(def))
		return 0;
	r1 = gimple_assign_rhs1(def);
	r2 = gimple_assign_rhs2(def);
	switch (gimple_assign_rhs_code(def)) {
	case SSA_NAME:
	case NOP_EXPR:
	case CONVERT_EXPR:
		return gz_facts_of(fn, o, r1, truth, guard, depth + 1);
	case BIT_NOT_EXPR:
		if (TYPE_PRECISION(TREE_TYPE(r1)) != 1)
			return 0;
		/* fall through: ~ on a bool is ! */
	case TRUTH_NOT_EXPR:
		return gz_facts_of(fn, o, r1, !truth, guard, depth + 1);
	case BIT_XOR_EXPR:
		if (TREE_CODE(r2) != INTEGER_CST)
			return 0;
		return gz_facts_of(fn, o, r1, integer_zerop(r2) ? truth : !truth,
				   guard, depth + 1);
	case EQ_EXPR:
	case NE_EXPR:
		gz_constant_second(&r1, &r2);
		if (TREE_CODE(r2) != INTEGER_CST || !integer_zerop(r2))
			return 0;
		return gz_facts_of(fn, o, r1,
				   (gimple_assign_rhs_code(def) == NE_EXPR) ==
				   truth, guard, depth + 1);
	case BIT_AND_EXPR:
	case TRUTH_AND_EXPR:
		if (!truth)
			return 0;
		return gz_facts_of(fn, o, r1, true, guard, depth + 1) |
		       gz_facts_of(fn, o, r2, true, guard, depth + 1);
	case BIT_IOR_EXPR:
	case TRUTH_OR_EXPR:
		if (truth)
			return 0;
		return gz_facts_of(fn, o, r1, false, guard, depth + 1) |
		       gz_facts_of(fn, o, r2, false, guard, depth + 1);
	default:
		return 0;
	}
}

/* The facts on edge E out of the block ending in condition COND. */
static int gz_edge_facts(struct gz_fn *fn, struct gz_origin *o, gimple *cond,
			 edge e, const struct gz_call **guard)
{
	tree l = gimple_cond_lhs(cond), r = gimple_cond_rhs(cond);
	enum tree_code code = gimple_cond_code(cond);
	bool taken = e->flags & EDGE_TRUE_VALUE;

	if (!(e->flags & (EDGE_TRUE_VALUE | EDGE_FALSE_VALUE)))
		return 0;
	gz_constant_second(&l, &r);
	if (TREE_CODE(r) != INTEGER_CST || !integer_zerop(r) ||
	    (code != EQ_EXPR && code != NE_EXPR))
		return 0;
	return gz_facts_of(fn, o, l, (code == NE_EXPR) == taken, guard, 0);
}

/*
 * A guard that lets the zeroing run exactly when the predicate says
 * zeroing is needed; a test of the wrong polarity is just a condition.
 */
static const struct gz_call *gz_cond_guard(struct gz_fn *fn,
					   struct gz_origin *o, gimple *cond,
					   basic_block zbb)
{
	const struct gz_call *g = NULL, *found = NULL;
	edge e;
	edge_iterator ei;

	FOR_EACH_EDGE(e, ei, gimple_bb(cond)->succs) {
		int facts = gz_edge_facts(fn, o, cond, e, &g);

		if (!(facts & (GZ_F_NEED | GZ_F_NO_NEED)))
			return NULL;
		if (gz_reaches(e->dest, zbb, gimple_bb(cond)) !=
		    !!(facts & GZ_F_NEED))
			return NULL;
		if (facts & GZ_F_NEED)
			found = g;
	}
	return found;
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
		if (gz_call_is_expect(stmt))
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

/*
 * The blocks from which the function can return: a path into any other
 * block ends in a noreturn call (BUG(), as VM_BUG_ON_FOLIO() expands in
 * a debug build) or __builtin_unreachable(), and uses nothing.
 */
static bool gz_live(struct gz_fn *fn, basic_block bb)
{
	if (!fn->live) {
		auto_vec<basic_block, 32> work;

		fn->live = new hash_set<basic_block>;
		work.safe_push(EXIT_BLOCK_PTR_FOR_FN(fn->fun));
		while (!work.is_empty()) {
			basic_block b = work.pop();
			edge e;
			edge_iterator ei;

			if (fn->live->add(b))
				continue;
			FOR_EACH_EDGE(e, ei, b->preds)
				if (!(e->flags & (EDGE_ABNORMAL | EDGE_EH)))
					work.safe_push(e->src);
		}
	}
	return fn->live->contains(bb);
}

/* One step of the search below: a block, where in it, and the U bit. */
struct gz_walk {
	basic_block bb;
	gimple *from;		/* the statement to start after, or NULL */
	edge in;		/* the edge it came in by, or NULL */
	bool used;		/* used since the allocation, not zeroed */
};

/*
 * The value a return statement S returns on a path that came into its
 * block by edge IN: the PHI's argument for IN when the value is a PHI of
 * the block ("return NULL;" and "return folio;" share one return).
 */
static tree gz_returned(gimple *s, edge in)
{
	tree v = gimple_return_retval(as_a<greturn *>(s));
	gimple *def;

	if (!in || !v || TREE_CODE(v) != SSA_NAME)
		return v;
	def = SSA_NAME_DEF_STMT(v);
	if (gimple_code(def) != GIMPLE_PHI || gimple_bb(def) != gimple_bb(s))
		return v;
	return PHI_ARG_DEF_FROM_EDGE(as_a<gphi *>(def), in);
}

/*
 * Is the object used on a path from its allocation that ends (returns,
 * or comes round to the allocation again, which makes another page)
 * without passing the zeroing Z?  A path ends harmlessly where the
 * object is released, where it is NULL, where a guard says the allocator
 * zeroed it (init_on_alloc), and where the function cannot return.
 */
static bool gz_unzeroed_use(struct gz_fn *fn, struct gz_origin *o, gimple *z)
{
	auto_vec<struct gz_walk, 32> work;
	hash_set<basic_block> seen[2];
	hash_set<edge> seen_in[2];	/* blocks with PHIs: by edge */
	unsigned int i;
	struct gz_walk w;

	if (o->stmt) {
		for (i = 0; i < o->twins.length(); i++) {
			w.bb = gimple_bb(o->twins[i]);
			w.from = o->twins[i];
			w.in = NULL;
			w.used = false;
			work.safe_push(w);
		}
	} else {
		w.bb = o->bb;
		w.from = NULL;
		w.in = NULL;
		w.used = false;
		work.safe_push(w);
	}
	while (!work.is_empty()) {
		gimple_stmt_iterator gsi;
		gimple *last = NULL;
		bool used, done = false;
		edge e;
		edge_iterator ei;

		w = work.pop();
		used = w.used;
		if (w.bb == EXIT_BLOCK_PTR_FOR_FN(fn->fun)) {
			if (used)
				return true;
			continue;
		}
		if (!w.from && w.in && !gimple_seq_empty_p(phi_nodes(w.bb))) {
			if (seen_in[used].add(w.in))
				continue;
		} else if (!w.from && seen[used].add(w.bb)) {
			continue;
		}
		if (!gz_live(fn, w.bb))
			continue;
		gsi = w.from ? gsi_for_stmt(w.from) : gsi_start_bb(w.bb);
		if (w.from)
			gsi_next(&gsi);
		for (; !gsi_end_p(gsi) && !done; gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);
			bool releases = false;

			if (s == z) {
				done = true;
			} else if (gimple_code(s) == GIMPLE_RETURN) {
				if (gz_state(o, gz_returned(s, w.in)) &
				    (GZ_OBJ | GZ_MAP))
					used = true;
			} else if (gz_is_twin(o, s)) {
				if (used)
					return true;	/* another page now */
				done = true;
			} else if (gz_uses(fn, o, s, &releases)) {
				used = true;
			} else if (releases) {
				done = true;
			}
			last = s;
		}
		if (done)
			continue;
		FOR_EACH_EDGE(e, ei, w.bb->succs) {
			struct gz_walk n;

			if (e->flags & (EDGE_ABNORMAL | EDGE_EH))
				continue;
			if (last && gimple_code(last) == GIMPLE_COND &&
			    (gz_edge_facts(fn, o, last, e, NULL) &
			     (GZ_F_NULL | GZ_F_NO_NEED)))
				continue;
			n.bb = e->dest;
			n.from = NULL;
			n.in = e;
			n.used = used;
			work.safe_push(n);
		}
	}
	return false;
}

/* The guard between the allocation and the zeroing, and conditions. */
void gz_controls(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		 struct gz_control *ctl)
{
	basic_block abb = o->bb, zbb = gimple_bb(z), d = zbb;
	int guard = 0;

	memset(ctl, 0, sizeof(*ctl));
	while (d != abb && guard++ < 256) {
		gimple *last;

		d = get_immediate_dominator(CDI_DOMINATORS, d);
		/* up to the allocation, or the entry past a loop around it */
		if (!d || d == ENTRY_BLOCK_PTR_FOR_FN(fn->fun))
			break;
		last = gz_last_stmt(d);
		if (!last || gimple_code(last) != GIMPLE_COND ||
		    dominated_by_p(CDI_POST_DOMINATORS, d, zbb))
			continue;
		if (!ctl->guard)
			ctl->guard = gz_cond_guard(fn, o, last, zbb);
	}
	ctl->conditional = gz_unzeroed_use(fn, o, z);
}

/* Is a publish call on the object executed before Z? */
bool gz_published_before(struct gz_fn *fn, struct gz_origin *o,
			 gimple *z)
{
	unsigned int i, j;

	for (i = 0; i < fn->sites.length(); i++) {
		gimple *p = fn->sites[i].stmt;
		bool mine = false;

		/* a callee that zeroes, then publishes: its own order */
		if (fn->sites[i].call.role != GZ_ROLE_PUBLISH || p == z)
			continue;
		for (j = 0; j < gimple_call_num_args(p); j++)
			if ((gz_state(o, gimple_call_arg(p, j)) & GZ_ANY) &&
			    (!fn->sites[i].call.pub_params ||
			     (j < 32 && (fn->sites[i].call.pub_params >> j) & 1)))
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
