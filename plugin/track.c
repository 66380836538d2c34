// SPDX-License-Identifier: GPL-2.0-only
/*
 * Following a fresh page or folio through one function in SSA form.
 *
 * Each catalogue allocation is an origin.  Its result is followed through
 * copies, casts, phis, &folio->page, folio_page(folio, 0), page_folio()
 * and kernel mappings (kmap_local_page(), page_address(), ...).  Each
 * catalogue zeroing of it is then classified as a convert finding or an
 * unconvertible one with a reason.  Nothing here looks at the name of
 * the function being analysed.
 */
#include "gfpzero.h"

/* What an SSA name (or local variable) holds, relative to one origin. */
enum {
	GZ_OBJ = 1,	/* the page or folio itself */
	GZ_SUB = 2,	/* a subpage other than the first */
	GZ_MAP = 4,	/* a kernel mapping of its start */
	GZ_MAPOFF = 8,	/* a kernel address inside it, past the start */
	GZ_TAINT = 16,	/* some other value computed from it */
	GZ_MIXED = 32,	/* also holds objects of other origins */
};
#define GZ_ANY (GZ_OBJ | GZ_SUB | GZ_MAP | GZ_MAPOFF | GZ_TAINT)

struct gz_site {
	gimple *stmt;
	struct gz_call call;
};

struct gz_fn {
	function *fun;
	tree fndecl;
	const char *name;
	vec<gz_site> sites;
	vec<gimple *> callee_calls;	/* calls of summarised callees */
	hash_map<gimple *, unsigned> *index;
};

struct gz_origin {
	gimple *stmt;			/* the allocation; NULL for a parameter */
	tree seed;			/* its result, or the parameter */
	basic_block bb;
	struct gz_call call;
	struct gz_args args;
	bool have_args;
	bool gfp_zero;
	hash_map<tree, int> *state;
};

static int gz_state(struct gz_origin *o, tree t)
{
	int *p;

	if (!t || (TREE_CODE(t) != SSA_NAME && TREE_CODE(t) != VAR_DECL))
		return 0;
	p = o->state->get(t);
	return p ? *p : 0;
}

static bool gz_set(struct gz_origin *o, tree t, int st)
{
	int old;

	if (!t || !st)
		return false;
	if (TREE_CODE(t) == VAR_DECL &&
	    !auto_var_in_fn_p(t, current_function_decl))
		return false;
	if (TREE_CODE(t) != SSA_NAME && TREE_CODE(t) != VAR_DECL)
		return false;
	old = gz_state(o, t);
	if ((old | st) == old)
		return false;
	o->state->put(t, old | st);
	return true;
}

/* The source text of a call, when its location is its own. */
static bool gz_read_site(const struct gz_call *c, struct gz_args *a)
{
	memset(a, 0, sizeof(*a));
	return c->exact && gz_read_call(c->loc, a);
}

static const struct gz_call *gz_site_call(struct gz_fn *fn, gimple *stmt)
{
	unsigned *i = fn->index->get(stmt);

	return i ? &fn->sites[*i].call : NULL;
}

/* The state of &BASE->field or &BASE[n] given BASE's state. */
static int gz_addr_state(struct gz_origin *o, tree ref)
{
	poly_int64 off;
	HOST_WIDE_INT c;
	tree base = get_addr_base_and_unit_offset(ref, &off);
	int st;

	if (!base || TREE_CODE(base) != MEM_REF ||
	    TREE_CODE(TREE_OPERAND(base, 0)) != SSA_NAME)
		return 0;
	st = gz_state(o, TREE_OPERAND(base, 0));
	if (!st)
		return 0;
	off += mem_ref_offset(base).force_shwi();
	if (off.is_constant(&c) && c == 0)
		return st;
	if (st & GZ_MAP)
		return GZ_MAPOFF;
	return GZ_TAINT;
}

static int gz_plus_state(int st, tree offset)
{
	if (!st || integer_zerop(offset))
		return st;
	if (st & (GZ_OBJ | GZ_SUB))
		return GZ_SUB;
	if (st & (GZ_MAP | GZ_MAPOFF))
		return GZ_MAPOFF;
	return GZ_TAINT;
}

static bool gz_step_assign(struct gz_origin *o, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs1 = gimple_assign_rhs1(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	unsigned i;
	int st = 0;

	if (TREE_CODE(lhs) != SSA_NAME && TREE_CODE(lhs) != VAR_DECL)
		return false;
	switch (code) {
	case SSA_NAME:
	case VAR_DECL:
	case NOP_EXPR:
	case CONVERT_EXPR:
		st = gz_state(o, rhs1);
		break;
	case VIEW_CONVERT_EXPR:
		st = gz_state(o, TREE_OPERAND(rhs1, 0));
		break;
	case ADDR_EXPR:
		st = gz_addr_state(o, TREE_OPERAND(rhs1, 0));
		break;
	case POINTER_PLUS_EXPR:
		st = gz_plus_state(gz_state(o, rhs1),
				   gimple_assign_rhs2(stmt));
		break;
	default:
		for (i = 1; i < gimple_num_ops(stmt); i++)
			if (gz_state(o, gimple_op(stmt, i)) & GZ_ANY)
				st = GZ_TAINT;
		break;
	}
	return gz_set(o, lhs, st & ~GZ_MIXED) |
	       gz_set(o, lhs, st & GZ_MIXED);
}

static bool gz_step_call(struct gz_fn *fn, struct gz_origin *o, gimple *stmt)
{
	const struct gz_call *c = gz_site_call(fn, stmt);
	tree lhs = gimple_call_lhs(stmt);
	unsigned i, n = gimple_call_num_args(stmt);
	int st = 0, ost;

	if (!lhs)
		return false;
	if (c && (c->role == GZ_ROLE_SAME || c->role == GZ_ROLE_MAP) &&
	    (unsigned)c->map->obj < n) {
		tree off = c->map->offset >= 0 &&
			   (unsigned)c->map->offset < n ?
			   gimple_call_arg(stmt, c->map->offset) : NULL_TREE;

		ost = gz_state(o, gimple_call_arg(stmt, c->map->obj));
		if (ost & GZ_OBJ)
			st = off && !integer_zerop(off) ? GZ_SUB : GZ_OBJ;
		if (ost & GZ_SUB)
			st |= GZ_SUB;
		if (c->role == GZ_ROLE_MAP && st)
			st = (st & GZ_SUB) || (off && !integer_zerop(off)) ?
			     GZ_MAPOFF : GZ_MAP;
		st |= ost & GZ_MIXED;
		return gz_set(o, lhs, st);
	}
	if (c && c->role == GZ_ROLE_ALLOC)
		return false;
	for (i = 0; i < n; i++)
		if (gz_state(o, gimple_call_arg(stmt, i)) & GZ_ANY)
			st = GZ_TAINT;
	return gz_set(o, lhs, st);
}

static bool gz_step_phi(struct gz_origin *o, gphi *phi)
{
	tree lhs = gimple_phi_result(phi);
	unsigned i;
	int st = 0;
	bool foreign = false;

	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		tree arg = gimple_phi_arg_def(phi, i);
		int s = gz_state(o, arg);

		if (s)
			st |= s;
		else if (TREE_CODE(arg) == SSA_NAME &&
			 !SSA_NAME_IS_DEFAULT_DEF(arg))
			foreign = true;
		else if (TREE_CODE(arg) == SSA_NAME)
			foreign = true;
	}
	if ((st & GZ_OBJ) && foreign)
		st |= GZ_MIXED;
	return gz_set(o, lhs, st);
}

/* Follow the origin's result to a fixed point. */
static void gz_propagate(struct gz_fn *fn, struct gz_origin *o)
{
	basic_block bb;
	bool changed = true;
	int rounds = 0;

	gz_set(o, o->seed, GZ_OBJ);
	while (changed && rounds++ < 16) {
		changed = false;
		FOR_EACH_BB_FN(bb, fn->fun) {
			gphi_iterator pi;
			gimple_stmt_iterator gsi;

			for (pi = gsi_start_phis(bb); !gsi_end_p(pi);
			     gsi_next(&pi))
				changed |= gz_step_phi(o, pi.phi());
			for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi);
			     gsi_next(&gsi)) {
				gimple *stmt = gsi_stmt(gsi);

				if (is_gimple_assign(stmt))
					changed |= gz_step_assign(o, stmt);
				else if (is_gimple_call(stmt) &&
					 stmt != o->stmt)
					changed |= gz_step_call(fn, o, stmt);
			}
		}
	}
}

/* Strip copies and conversions from an SSA value. */
static tree gz_strip(tree t)
{
	int guard = 0;

	while (t && TREE_CODE(t) == SSA_NAME && guard++ < 16) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (!is_gimple_assign(def) ||
		    (!gimple_assign_ssa_name_copy_p(def) &&
		     !CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
			break;
		t = gimple_assign_rhs1(def);
	}
	return t;
}

/* Same value: the same SSA name, or loads of the same memory. */
static bool gz_same_value(tree a, tree b)
{
	gimple *da, *db;

	a = gz_strip(a);
	b = gz_strip(b);
	if (a == b)
		return true;
	if (!a || !b || TREE_CODE(a) != SSA_NAME || TREE_CODE(b) != SSA_NAME)
		return a && b && operand_equal_p(a, b, 0);
	da = SSA_NAME_DEF_STMT(a);
	db = SSA_NAME_DEF_STMT(b);
	if (!gimple_assign_single_p(da) || !gimple_assign_single_p(db))
		return false;
	return operand_equal_p(gimple_assign_rhs1(da), gimple_assign_rhs1(db),
			       0);
}

/* If T is loaded from BASE->FIELD, return FIELD and set *BASE. */
static tree gz_field_load(tree t, tree *base)
{
	gimple *def;
	tree ref, mem;

	t = gz_strip(t);
	if (!t || TREE_CODE(t) != SSA_NAME)
		return NULL_TREE;
	def = SSA_NAME_DEF_STMT(t);
	if (!gimple_assign_single_p(def))
		return NULL_TREE;
	ref = gimple_assign_rhs1(def);
	if (TREE_CODE(ref) != COMPONENT_REF)
		return NULL_TREE;
	mem = TREE_OPERAND(ref, 0);
	if (TREE_CODE(mem) != MEM_REF || !integer_zerop(TREE_OPERAND(mem, 1)) ||
	    TREE_CODE(TREE_OPERAND(mem, 0)) != SSA_NAME)
		return NULL_TREE;
	*base = TREE_OPERAND(mem, 0);
	return TREE_OPERAND(ref, 1);
}

/* Is A an aligned form (x & mask) of RAW? */
static bool gz_aligned_from(tree a, tree raw)
{
	gimple *def;

	a = gz_strip(a);
	if (!a || TREE_CODE(a) != SSA_NAME)
		return false;
	def = SSA_NAME_DEF_STMT(a);
	if (!is_gimple_assign(def) ||
	    gimple_assign_rhs_code(def) != BIT_AND_EXPR)
		return false;
	return gz_same_value(gimple_assign_rhs1(def), raw) ||
	       gz_same_value(gimple_assign_rhs2(def), raw);
}

static bool gz_reaches(basic_block from, basic_block to, basic_block avoid);

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
	unsigned i;

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

struct gz_control {
	const struct gz_call *guard;
	bool conditional;
};

/* The conditions between the allocation and the zeroing. */
static void gz_controls(struct gz_fn *fn, struct gz_origin *o, gimple *z,
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
static bool gz_published_before(struct gz_fn *fn, struct gz_origin *o,
				gimple *z)
{
	unsigned i, j;

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

static const char *gz_object_name(const struct gz_origin *o)
{
	return o->call.alloc->object == GZ_FOLIO ? "folio" : "page";
}

/* Is the memset/clear length the whole object? */
static bool gz_full_length(const struct gz_zero_entry *z,
			   const struct gz_args *a, bool have)
{
	const char *t;

	if (z->len < 0)
		return true;
	if (!have || a->nargs <= z->len)
		return false;
	t = a->text[z->len];
	return !strcmp(t, "PAGE_SIZE") || !strncmp(t, "folio_size(", 11) ||
	       !strncmp(t, "page_size(", 10);
}

/*
 * A declaration "void *kaddr;" of its own, left unused once its only
 * uses go: remove it too.  A declaration with an initialiser is the
 * mapping statement itself and is already gone.
 */
static bool gz_fix_declaration(struct gz_finding *f, tree var)
{
	expanded_location x;
	struct gz_span span;
	const char *name, *s;
	char_span line(NULL, 0);
	int len, col, end, nlen;

	if (!var || !DECL_NAME(var))
		return true;
	x = expand_location(DECL_SOURCE_LOCATION(var));
	if (!x.file)
		return false;
	line = location_get_source_line(x.file, x.line);
	s = line.get_buffer();
	len = s ? (int)line.length() : 0;
	name = IDENTIFIER_POINTER(DECL_NAME(var));
	nlen = strlen(name);
	col = x.column;		/* at the name */
	if (!s || col < 1 || col + nlen - 1 > len ||
	    strncmp(s + col - 1, name, nlen))
		return false;
	end = col + nlen - 1;
	while (end < len && ISSPACE(s[end]))
		end++;
	if (end >= len)
		return false;
	if (s[end] == '=')
		return true;	/* initialised: removed with the mapping */
	if (s[end] != ';')
		return false;	/* "void *a, *b;": leave it */
	for (int i = 0; i < col - 1; i++)
		if (s[i] == ',' || s[i] == ';' || s[i] == '(')
			return false;
	if (!gz_line_span(x.file, x.line, 1, &span))
		return false;
	span.ecol = end + 1;
	while (span.col <= len && ISSPACE(s[span.col - 1]))
		span.col++;
	gz_add_fixit(f, GZ_FIX_REMOVE, DECL_SOURCE_LOCATION(var), &span, NULL);
	return true;
}

/*
 * The zeroing's mapping, when it is held in a variable used only by the
 * zeroing and the matching unmap: those statements go with the zeroing.
 */
static bool gz_fix_mapping(struct gz_fn *fn, struct gz_finding *f,
			   gimple *z, tree kaddr)
{
	imm_use_iterator it;
	gimple *use, *def;
	const struct gz_call *c;
	struct gz_args a;
	struct gz_span span;
	bool ok = true;

	if (!kaddr || TREE_CODE(kaddr) != SSA_NAME)
		return true;
	def = SSA_NAME_DEF_STMT(kaddr);
	c = is_gimple_call(def) ? gz_site_call(fn, def) : NULL;
	if (!c || c->role != GZ_ROLE_MAP || !SSA_NAME_VAR(kaddr))
		return true;	/* mapped within the zeroing statement */
	FOR_EACH_IMM_USE_STMT(use, it, kaddr) {
		const struct gz_call *u = is_gimple_call(use) ?
					  gz_site_call(fn, use) : NULL;

		if (use == z || is_gimple_debug(use))
			continue;
		if (!u || u->role != GZ_ROLE_UNMAP ||
		    !gz_read_site(u, &a)) {
			ok = false;
			continue;
		}
		if (gz_removal_span(&a, false, &span))
			gz_add_fixit(f, GZ_FIX_REMOVE, u->loc, &span, NULL);
		else
			ok = false;
		gz_free_args(&a);
	}
	if (!ok || !gz_read_site(c, &a))
		return false;
	/* "void *kaddr = kmap_local_page(page);" on lines of its own */
	{
		char_span line = location_get_source_line(a.file, a.name.line);
		const char *s = line.get_buffer();
		int col = 1;

		if (!s)
			ok = false;
		while (ok && col < a.name.col && ISSPACE(s[col - 1]))
			col++;
		for (int i = col; ok && i < a.name.col; i++)
			if (s[i - 1] == ';' || s[i - 1] == '(' ||
			    s[i - 1] == ',')
				ok = false;
		a.stmt.col = col;
		if (ok && gz_removal_span(&a, false, &span))
			gz_add_fixit(f, GZ_FIX_REMOVE, c->loc, &span, NULL);
		else
			ok = false;
	}
	gz_free_args(&a);
	if (ok)
		ok = gz_fix_declaration(f, SSA_NAME_VAR(kaddr));
	return ok;
}

/*
 * The allocation is about to lose its aligned-address argument.  If that
 * was the variable's only use, its assignments and declaration go too
 * (or the build would warn it is set but not used); if they cannot be
 * removed exactly, keep the aligned address.
 */
static bool gz_fix_unused_addr(struct gz_fn *fn, struct gz_finding *f,
			       gimple *alloc, tree aaddr)
{
	tree var = TREE_CODE(aaddr) == SSA_NAME ? SSA_NAME_VAR(aaddr) : NULL;
	tree name;
	unsigned i;
	auto_vec<gimple *, 4> defs;

	if (!var)
		return true;	/* aligned within the argument itself */
	if (TREE_CODE(var) != VAR_DECL || !DECL_NAME(var))
		return false;
	FOR_EACH_SSA_NAME(i, name, fn->fun) {
		imm_use_iterator it;
		gimple *use;

		if (SSA_NAME_VAR(name) != var)
			continue;
		FOR_EACH_IMM_USE_STMT(use, it, name)
			if (use != alloc && !is_gimple_debug(use))
				return true;	/* still used: keep it */
		if (!SSA_NAME_IS_DEFAULT_DEF(name))
			defs.safe_push(SSA_NAME_DEF_STMT(name));
	}
	for (i = 0; i < defs.length(); i++) {
		expanded_location x = expand_location(gimple_location(defs[i]));
		const char *id = IDENTIFIER_POINTER(DECL_NAME(var)), *s;
		char_span line(NULL, 0);
		struct gz_span span;
		int col = 1, len, n = strlen(id), end;

		if (!is_gimple_assign(defs[i]) || !x.file)
			return false;
		line = location_get_source_line(x.file, x.line);
		s = line.get_buffer();
		len = s ? (int)line.length() : 0;
		while (col <= len && ISSPACE(s[col - 1]))
			col++;
		/* "addr = ...;" on a line of its own */
		if (col + n > len || strncmp(s + col - 1, id, n) ||
		    ISALNUM(s[col - 1 + n]) || s[col - 1 + n] == '_')
			return false;
		end = len;
		while (end > 0 && ISSPACE(s[end - 1]))
			end--;
		if (end < 1 || s[end - 1] != ';' ||
		    !strchr(s + col - 1 + n, '='))
			return false;
		span.line = span.eline = x.line;
		span.col = col;
		span.ecol = end;
		gz_add_fixit(f, GZ_FIX_REMOVE, gimple_location(defs[i]), &span,
			     NULL);
	}
	return gz_fix_declaration(f, var);
}

/* The fix-its of a convert finding: the conversion, or nothing. */
static void gz_fixits(struct gz_fn *fn, struct gz_origin *o,
		      struct gz_finding *f, gimple *z,
		      const struct gz_call *zc)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	const struct gz_zero_entry *ze = zc->zero;
	struct gz_args za;
	struct gz_span span;
	tree zaddr = NULL_TREE;
	bool ok;

	f->fixits_ok = false;
	if (!o->have_args || (!z && ze->object == GZ_KADDR) ||
	    !gz_read_site(zc, &za))
		return;
	ok = true;
	if (z && ze->addr >= 0 && (unsigned)ze->addr < gimple_call_num_args(z))
		zaddr = gimple_call_arg(z, ze->addr);
	if (ae->kind != GZ_ZEROED && !o->gfp_zero) {
		if (ae->gfp < 0 || ae->gfp >= o->args.nargs ||
		    strchr(o->args.text[ae->gfp], '?'))
			ok = false;
		else
			gz_add_fixit(f, GZ_FIX_INSERT_AFTER, o->call.loc,
				     &o->args.arg[ae->gfp], " | __GFP_ZERO");
	}
	if (ok && zaddr && ae->addr >= 0 && ae->addr < o->args.nargs &&
	    (unsigned)ae->addr < gimple_call_num_args(o->stmt) &&
	    ze->addr < za.nargs) {
		tree aaddr = gimple_call_arg(o->stmt, ae->addr);

		if (!gz_same_value(aaddr, zaddr) &&
		    gz_aligned_from(aaddr, zaddr) &&
		    gz_fix_unused_addr(fn, f, o->stmt, aaddr))
			gz_add_fixit(f, GZ_FIX_REPLACE, o->call.loc,
				     &o->args.arg[ae->addr], za.text[ze->addr]);
	}
	if (ok && ae->user_addr >= 0 && ae->user_addr < o->args.nargs &&
	    zaddr && ze->addr < za.nargs) {
		const char *t = o->args.text[ae->user_addr];

		if (gz_is_no_user_addr_name(t, strlen(t)))
			gz_add_fixit(f, GZ_FIX_REPLACE, o->call.loc,
				     &o->args.arg[ae->user_addr],
				     za.text[ze->addr]);
	}
	if (ok && gz_removal_span(&za, true, &span))
		gz_add_fixit(f, GZ_FIX_REMOVE, zc->loc, &span, NULL);
	else
		ok = false;
	if (ok && z && ze->object == GZ_KADDR)
		ok = gz_fix_mapping(fn, f, z, gimple_call_arg(z, ze->obj));
	f->fixits_ok = ok;
	gz_free_args(&za);
}

static struct gz_finding *gz_finding(struct gz_fn *fn, struct gz_origin *o,
				     enum gz_check check, enum gz_reason r,
				     location_t loc)
{
	struct gz_finding *f = gz_new_finding(check, r);

	if (!f)
		return NULL;
	f->loc = loc;
	f->alloc_loc = o->call.loc;
	f->fndecl = fn->fndecl;
	f->function = fn->name;
	f->alloc_function = fn->name;
	f->callee = o->call.name;
	return f;
}

static const char *const gz_reason_text[GZ_NR_REASONS] = {
	[GZ_R_NONE] = "",
	[GZ_R_POOL_ALLOCATOR] = "it comes from a pool allocator, whose pages do not pass through post_alloc_hook() at fault time",
	[GZ_R_NO_USER_ADDRESS_PARAMETER] = "its allocator takes no user address, so the allocator could only zero it through the kernel alias",
	[GZ_R_NOT_A_USER_ADDRESS] = "the zeroing is given a constant, not a user address",
	[GZ_R_PARTIAL_ZEROING] = "only part of it is zeroed here",
	[GZ_R_ZEROED_AFTER_PUBLISH] = "it is zeroed after it was mapped to user space",
	[GZ_R_CONDITIONAL_ZEROING] = "it is zeroed only on some paths that use it",
	[GZ_R_SHARED_CALLEE] = "the zeroing is in a function that other callers share",
};

/* What is known about one zeroing of an origin. */
struct gz_facts {
	location_t loc;
	const struct gz_call *zc;
	bool partial, user_addr, const_addr, published, mixed, conditional;
	const struct gz_call *guard;
	tree via;			/* the callee holding the zeroing */
	tree via_decl;
};

/* Decide the check and reason for a zeroing; NULL when not a finding. */
static struct gz_finding *gz_decide(struct gz_fn *fn, struct gz_origin *o,
				    const struct gz_facts *x)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	const char *obj = gz_object_name(o), *zname = x->zc->name;
	enum gz_reason r = GZ_R_NONE;
	struct gz_finding *f;
	enum gz_check check;
	char *msg;

	if (ae->kind == GZ_NOADDR) {
		if (!x->user_addr && !gz_published_before(fn, o, NULL))
			return NULL;		/* a kernel page */
		r = GZ_R_NO_USER_ADDRESS_PARAMETER;
	} else if (x->const_addr) {
		r = GZ_R_NOT_A_USER_ADDRESS;
	} else if (ae->kind == GZ_POOL) {
		r = GZ_R_POOL_ALLOCATOR;
	} else if (x->partial) {
		r = GZ_R_PARTIAL_ZEROING;
	} else if (x->published) {
		r = GZ_R_ZEROED_AFTER_PUBLISH;
	} else if (x->mixed || x->conditional) {
		r = GZ_R_CONDITIONAL_ZEROING;
	}
	if (r != GZ_R_NONE) {
		check = GZ_UNCONVERTIBLE_ZEROING;
		msg = xasprintf("user %s from '%s' is zeroed by hand with '%s', but passing __GFP_ZERO instead would be wrong (%s): %s",
				obj, o->call.name, zname, gz_reason_name(r),
				gz_reason_text[r]);
	} else if (o->gfp_zero || ae->kind == GZ_ZEROED) {
		check = GZ_DOUBLE_ZEROING;
		msg = xasprintf("user %s from '%s' was already zeroed by the allocator; '%s' zeroes it a second time",
				obj, o->call.name, zname);
	} else if (x->guard) {
		check = GZ_MANUAL_ZEROING;
		msg = xasprintf("user %s from '%s' is zeroed by hand with '%s' under '%s()'; pass __GFP_ZERO so the allocator zeroes it with the user address",
				obj, o->call.name, zname, x->guard->name);
	} else {
		check = GZ_DOUBLE_ZEROING;
		msg = xasprintf("user %s from '%s' is zeroed by hand with '%s'; with init_on_alloc=1 it is zeroed twice, the second time through the cache-flush path; pass __GFP_ZERO",
				obj, o->call.name, zname);
	}
	f = gz_new_finding(check, r);
	if (!f) {
		free(msg);
		return NULL;
	}
	f->message = msg;
	f->loc = x->loc;
	f->alloc_loc = o->call.loc;
	f->fndecl = x->via ? x->via : fn->fndecl;
	f->function = x->via ? IDENTIFIER_POINTER(DECL_NAME(x->via)) :
			       fn->name;
	f->alloc_function = fn->name;
	f->callee = o->call.name;
	f->via = x->via;
	if (x->via && r == GZ_R_NONE)
		f->shared_message = xasprintf("user %s from '%s' is zeroed by hand with '%s' in '%s', but passing __GFP_ZERO instead would be wrong (%s): %s",
					      obj, o->call.name, zname,
					      f->function,
					      gz_reason_name(GZ_R_SHARED_CALLEE),
					      gz_reason_text[GZ_R_SHARED_CALLEE]);
	return r == GZ_R_NONE ? f : NULL;
}

/*
 * The facts of zeroing Z of origin O that Z's own call shows; false if
 * Z does not zero this origin's object.
 */
static bool gz_zero_facts(struct gz_fn *fn, struct gz_origin *o, gimple *z,
			  const struct gz_call *zc, struct gz_facts *x)
{
	const struct gz_zero_entry *ze = zc->zero;
	unsigned n = gimple_call_num_args(z);
	struct gz_args za;
	bool have_za;
	int st;

	memset(x, 0, sizeof(*x));
	if ((unsigned)ze->obj >= n)
		return false;
	st = gz_state(o, gimple_call_arg(z, ze->obj));
	if (ze->object == GZ_KADDR) {
		if (!(st & (GZ_MAP | GZ_MAPOFF)))
			return false;
	} else if (!(st & (GZ_OBJ | GZ_SUB))) {
		return false;
	}
	if (ze->value >= 0 && ((unsigned)ze->value >= n ||
			       !integer_zerop(gimple_call_arg(z, ze->value))))
		return false;
	have_za = gz_read_site(zc, &za);
	x->loc = zc->loc;
	x->zc = zc;
	x->partial = ze->extent == GZ_RANGE || (st & (GZ_SUB | GZ_MAPOFF)) ||
		     !gz_full_length(ze, &za, have_za);
	x->user_addr = ze->addr >= 0 && (unsigned)ze->addr < n;
	x->const_addr = x->user_addr &&
			TREE_CODE(gimple_call_arg(z, ze->addr)) == INTEGER_CST;
	x->mixed = st & GZ_MIXED;
	if (have_za)
		gz_free_args(&za);
	return true;
}

/* Classify one zeroing Z of origin O. */
static void gz_zeroing(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		       const struct gz_call *zc)
{
	struct gz_control ctl;
	struct gz_facts x;
	struct gz_finding *f;

	if (!gz_zero_facts(fn, o, z, zc, &x))
		return;
	gz_controls(fn, o, z, &ctl);
	x.published = gz_published_before(fn, o, z);
	x.conditional = ctl.conditional;
	x.guard = ctl.guard;
	f = gz_decide(fn, o, &x);
	if (f)
		gz_fixits(fn, o, f, z, zc);
}

/* Note a zeroing address of the form PARAM->FIELD, for the callers. */
static void gz_summary_addr(struct gz_fn *fn, struct gz_summary *s,
			    gimple *z, const struct gz_call *zc)
{
	const struct gz_zero_entry *ze = zc->zero;
	struct gz_args a;
	tree base, field, parm;
	int i = 0;

	s->addr_param = -1;
	if (ze->addr < 0 || (unsigned)ze->addr >= gimple_call_num_args(z))
		return;
	field = gz_field_load(gimple_call_arg(z, ze->addr), &base);
	if (!field || !SSA_NAME_IS_DEFAULT_DEF(base) ||
	    !SSA_NAME_VAR(base) || TREE_CODE(SSA_NAME_VAR(base)) != PARM_DECL)
		return;
	for (parm = DECL_ARGUMENTS(fn->fndecl); parm;
	     parm = DECL_CHAIN(parm), i++)
		if (parm == SSA_NAME_VAR(base))
			break;
	if (!parm || !DECL_NAME(parm) || !gz_read_site(zc, &a))
		return;
	if (ze->addr < a.nargs) {
		s->addr_param = i;
		s->addr_field = field;
		s->addr_text = xstrdup(a.text[ze->addr]);
		s->param_name = IDENTIFIER_POINTER(DECL_NAME(parm));
	}
	gz_free_args(&a);
}

/*
 * TEXT with the identifier FROM replaced by TO: the callee's
 * "vmf->address" said in the caller's words.
 */
static char *gz_subst_ident(const char *text, const char *from,
			    const char *to)
{
	size_t n = strlen(from);
	obstack ob;
	const char *p = text;
	char *r;

	obstack_init(&ob);
	while (*p) {
		if ((ISALPHA(*p) || *p == '_') &&
		    (p == text || !(ISALNUM(p[-1]) || p[-1] == '_')) &&
		    !strncmp(p, from, n) && !(ISALNUM(p[n]) || p[n] == '_')) {
			obstack_grow(&ob, to, strlen(to));
			p += n;
			continue;
		}
		obstack_1grow(&ob, *p++);
	}
	obstack_1grow(&ob, '\0');
	r = xstrdup((char *)obstack_finish(&ob));
	obstack_free(&ob, NULL);
	return r;
}

/*
 * The allocation got an aligned address and the callee zeroes with the
 * raw PARAM->FIELD the caller passed it: give the allocation the raw one.
 */
static void gz_fix_callee_addr(struct gz_fn *fn, struct gz_origin *o,
			       struct gz_finding *f,
			       const struct gz_summary *s, gimple *call)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	tree aaddr, x, base, field, arg;
	struct gz_args ca;
	char *text;

	if (!f->fixits_ok || s->addr_param < 0 || ae->addr < 0 ||
	    ae->addr >= o->args.nargs ||
	    (unsigned)ae->addr >= gimple_call_num_args(o->stmt) ||
	    (unsigned)s->addr_param >= gimple_call_num_args(call))
		return;
	aaddr = gz_strip(gimple_call_arg(o->stmt, ae->addr));
	if (!aaddr || TREE_CODE(aaddr) != SSA_NAME ||
	    !is_gimple_assign(SSA_NAME_DEF_STMT(aaddr)) ||
	    gimple_assign_rhs_code(SSA_NAME_DEF_STMT(aaddr)) != BIT_AND_EXPR)
		return;
	x = gimple_assign_rhs1(SSA_NAME_DEF_STMT(aaddr));
	field = gz_field_load(x, &base);
	arg = gimple_call_arg(call, s->addr_param);
	if (field != s->addr_field || !gz_same_value(base, arg))
		return;
	memset(&ca, 0, sizeof(ca));
	if (!gz_read_call(gimple_location(call), &ca))
		return;
	if (s->addr_param < ca.nargs) {
		text = gz_subst_ident(s->addr_text, s->param_name,
				      ca.text[s->addr_param]);
		gz_add_fixit(f, GZ_FIX_REPLACE, o->call.loc,
			     &o->args.arg[ae->addr], text);
		free(text);
	}
	gz_free_args(&ca);
}

/*
 * A call that hands the object to a function of this unit that zeroes
 * its parameter: the finding sits at the zeroing in the callee.
 */
static bool gz_callee_zeroing(struct gz_fn *fn, struct gz_origin *o,
			      gimple *call)
{
	tree callee = gimple_call_fndecl(call);
	bool fresh = false;
	unsigned i;

	for (i = 0; i < gimple_call_num_args(call); i++) {
		const struct gz_summary *s = gz_summary_find(callee, i);
		struct gz_control ctl;
		struct gz_facts x;
		struct gz_finding *f;
		int st;

		if (!s)
			continue;
		st = gz_state(o, gimple_call_arg(call, i));
		if (!(st & GZ_OBJ))
			continue;
		if (o->call.alloc->kind != GZ_NOADDR &&
		    o->call.alloc->kind != GZ_POOL)
			fresh = true;
		memset(&x, 0, sizeof(x));
		gz_controls(fn, o, call, &ctl);
		x.loc = s->loc;
		x.zc = &s->call;
		x.partial = s->partial;
		x.user_addr = s->user_addr;
		x.const_addr = s->const_addr;
		x.published = gz_published_before(fn, o, call);
		x.mixed = st & GZ_MIXED;
		x.conditional = ctl.conditional || s->conditional;
		x.guard = s->guard ? s->guard : ctl.guard;
		x.via = callee;
		f = gz_decide(fn, o, &x);
		if (f) {
			gz_fixits(fn, o, f, NULL, &s->call);
			gz_fix_callee_addr(fn, o, f, s, call);
		}
	}
	return fresh;
}

/* Summarise the parameters this function zeroes, for its callers. */
static void gz_param_summaries(struct gz_fn *fn)
{
	tree parm;
	int i = 0;

	for (parm = DECL_ARGUMENTS(fn->fndecl); parm;
	     parm = DECL_CHAIN(parm), i++) {
		struct gz_origin o;
		tree d;
		unsigned j;

		if (!POINTER_TYPE_P(TREE_TYPE(parm)))
			continue;
		d = ssa_default_def(fn->fun, parm);
		if (!d)
			continue;
		memset(&o, 0, sizeof(o));
		o.seed = d;
		o.bb = single_succ(ENTRY_BLOCK_PTR_FOR_FN(fn->fun));
		o.state = new hash_map<tree, int>;
		gz_propagate(fn, &o);
		for (j = 0; j < fn->sites.length(); j++) {
			const struct gz_call *zc = &fn->sites[j].call;
			struct gz_control ctl;
			struct gz_summary s;
			struct gz_facts x;

			if (zc->role != GZ_ROLE_ZERO ||
			    !gz_zero_facts(fn, &o, fn->sites[j].stmt, zc, &x))
				continue;
			gz_controls(fn, &o, fn->sites[j].stmt, &ctl);
			memset(&s, 0, sizeof(s));
			s.fndecl = fn->fndecl;
			s.param = i;
			s.loc = x.loc;
			s.call = *zc;
			s.guard = ctl.guard;
			s.partial = x.partial;
			s.const_addr = x.const_addr;
			s.user_addr = x.user_addr;
			s.conditional = ctl.conditional || x.mixed;
			s.exported = gz_summary_exported(fn->fndecl);
			gz_summary_addr(fn, &s, fn->sites[j].stmt, zc);
			gz_summary_add(&s);
			break;
		}
		delete o.state;
	}
}

/* A NOADDR allocation with __GFP_ZERO that is mapped to user space. */
static void gz_zero_without_addr(struct gz_fn *fn, struct gz_origin *o)
{
	struct gz_finding *f;

	const struct gz_alloc_entry *ae = o->call.alloc;
	bool no_addr = ae->kind == GZ_NOADDR;

	/* the series' allocators told there is no user address */
	if (ae->kind == GZ_SERIES && o->have_args && ae->user_addr >= 0 &&
	    ae->user_addr < o->args.nargs)
		no_addr = gz_is_no_user_addr_name(o->args.text[ae->user_addr],
				strlen(o->args.text[ae->user_addr]));
	if (!no_addr || !o->gfp_zero || !gz_published_before(fn, o, NULL))
		return;
	f = gz_finding(fn, o, GZ_ZERO_WITHOUT_USER_ADDR, GZ_R_NONE,
		       o->call.loc);
	if (f)
		f->message = xasprintf("'%s' zeroes this %s with __GFP_ZERO through the kernel alias only, and it is mapped to user space in this function; on aliasing-cache architectures the user mapping can see stale cache lines",
				       o->call.name, gz_object_name(o));
}

static bool gz_gfp_has_zero(struct gz_fn *fn, struct gz_origin *o)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	tree gfp;
	int guard = 0;

	if (ae->gfp < 0)
		return false;
	if (o->have_args && ae->gfp < o->args.nargs &&
	    gz_text_has_word(o->args.text[ae->gfp], gz_is_gfp_zero_name))
		return true;
	if ((unsigned)ae->gfp >= gimple_call_num_args(o->stmt))
		return false;
	/* a local gfp variable: read the statements that computed it */
	gfp = gimple_call_arg(o->stmt, ae->gfp);
	while (gfp && TREE_CODE(gfp) == SSA_NAME && guard++ < 4) {
		gimple *def = SSA_NAME_DEF_STMT(gfp);
		char *text;
		bool yes;

		if (!is_gimple_assign(def) ||
		    gimple_location(def) == UNKNOWN_LOCATION)
			return false;
		text = gz_read_stmt_text(gimple_location(def));
		yes = text && gz_text_has_word(text, gz_is_gfp_zero_name);
		free(text);
		if (yes)
			return true;
		gfp = gimple_assign_rhs1(def);
	}
	return false;
}

void gz_analyse_function(function *fun)
{
	struct gz_fn fn;
	basic_block bb;
	hash_set<gimple *> fresh;
	unsigned i, j;
	bool allocs = false, zeros = false;

	memset(&fn, 0, sizeof(fn));
	fn.fun = fun;
	fn.fndecl = fun->decl;
	fn.name = IDENTIFIER_POINTER(DECL_NAME(fun->decl));
	fn.sites.create(0);
	fn.callee_calls.create(0);
	fn.index = new hash_map<gimple *, unsigned>;

	FOR_EACH_BB_FN(bb, fun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *stmt = gsi_stmt(gsi);
			struct gz_site s;
			tree callee;

			if (!is_gimple_call(stmt))
				continue;
			callee = gimple_call_fndecl(stmt);
			if (!gz_classify_call(stmt, &s.call)) {
				/* catalogue calls are known by what they are */
				if (callee && gz_summary_find(callee, -1))
					fn.callee_calls.safe_push(stmt);
				continue;
			}
			s.stmt = stmt;
			fn.index->put(stmt, fn.sites.length());
			fn.sites.safe_push(s);
			if (s.call.role == GZ_ROLE_ALLOC && gimple_call_lhs(stmt))
				allocs = true;
			if (s.call.role == GZ_ROLE_ZERO)
				zeros = true;
		}
	}
	/* cheap exit: most functions allocate and zero no page */
	if (!allocs && !zeros)
		goto out;

	calculate_dominance_info(CDI_DOMINATORS);
	calculate_dominance_info(CDI_POST_DOMINATORS);
	if (zeros)
		gz_param_summaries(&fn);
	for (i = 0; allocs && i < fn.sites.length(); i++) {
		struct gz_origin o;

		if (fn.sites[i].call.role != GZ_ROLE_ALLOC ||
		    !gimple_call_lhs(fn.sites[i].stmt))
			continue;
		memset(&o, 0, sizeof(o));
		o.stmt = fn.sites[i].stmt;
		o.seed = gimple_call_lhs(o.stmt);
		o.bb = gimple_bb(o.stmt);
		o.call = fn.sites[i].call;
		o.state = new hash_map<tree, int>;
		o.have_args = gz_read_site(&o.call, &o.args);
		o.gfp_zero = gz_gfp_has_zero(&fn, &o);
		gz_propagate(&fn, &o);
		for (j = 0; j < fn.sites.length(); j++)
			if (fn.sites[j].call.role == GZ_ROLE_ZERO)
				gz_zeroing(&fn, &o, fn.sites[j].stmt,
					   &fn.sites[j].call);
		for (j = 0; j < fn.callee_calls.length(); j++)
			if (gz_callee_zeroing(&fn, &o, fn.callee_calls[j]))
				fresh.add(fn.callee_calls[j]);
		gz_zero_without_addr(&fn, &o);
		if (o.have_args)
			gz_free_args(&o.args);
		delete o.state;
	}
	free_dominance_info(CDI_POST_DOMINATORS);
out:
	for (j = 0; j < fn.callee_calls.length(); j++)
		gz_summary_call(gimple_call_fndecl(fn.callee_calls[j]),
				fresh.contains(fn.callee_calls[j]));
	delete fn.index;
	fn.sites.release();
	fn.callee_calls.release();
}
