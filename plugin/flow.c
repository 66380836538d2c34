// SPDX-License-Identifier: GPL-2.0-only
/*
 * Following an origin's value through a function: copies, casts, phis,
 * member addresses, catalogue identity calls and mappings, to a fixed
 * point; and what a zeroing's own call shows about the page it was
 * followed to (which part it zeroes, with what address).  decide.c and
 * summary.c read the same facts, so a zeroing in a function and one a
 * summary describes are judged alike.
 */
#include "track.h"

int gz_state(struct gz_origin *o, tree t)
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

/* Is STMT one of the calls the origin's allocation became? */
bool gz_is_twin(const struct gz_origin *o, const gimple *stmt)
{
	unsigned int i;

	for (i = 0; i < o->twins.length(); i++)
		if (o->twins[i] == stmt)
			return true;
	return false;
}

/* The source text of a call, when its location is its own. */
bool gz_read_site(const struct gz_call *c, struct gz_args *a)
{
	memset(a, 0, sizeof(*a));
	return c->exact && gz_read_call(c->loc, a);
}

const struct gz_call *gz_site_call(struct gz_fn *fn, gimple *stmt)
{
	unsigned int *i = fn->index->get(stmt);

	return i ? &fn->sites[*i].call : NULL;
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
	return gz_whole_extent(t, strlen(t));
}

/*
 * The facts of zeroing Z of origin O that Z's own call shows; false if
 * Z does not zero this origin's object.
 */
bool gz_zero_facts(struct gz_fn *fn, struct gz_origin *o, gimple *z,
			  const struct gz_call *zc, struct gz_facts *x)
{
	const struct gz_zero_entry *ze = zc->zero;
	unsigned int n = gimple_call_num_args(z);
	struct gz_args za;
	bool have_za;
	int st;

	memset(x, 0, sizeof(*x));
	if ((unsigned int)ze->obj >= n)
		return false;
	st = gz_state(o, gimple_call_arg(z, ze->obj));
	if (ze->object == GZ_KADDR) {
		if (!(st & (GZ_MAP | GZ_MAPOFF)))
			return false;
	} else if (!(st & (GZ_OBJ | GZ_SUB))) {
		return false;
	}
	if (ze->value >= 0 && ((unsigned int)ze->value >= n ||
			       !integer_zerop(gimple_call_arg(z, ze->value))))
		return false;
	have_za = gz_read_site(zc, &za);
	x->loc = zc->loc;
	x->zc = zc;
	x->partial = ze->extent == GZ_RANGE || (st & (GZ_SUB | GZ_MAPOFF)) ||
		     !gz_full_length(ze, &za, have_za);
	x->user_addr = ze->addr >= 0 && (unsigned int)ze->addr < n;
	x->const_addr = x->user_addr &&
			TREE_CODE(gimple_call_arg(z, ze->addr)) == INTEGER_CST;
	x->mixed = st & GZ_MIXED;
	if (have_za)
		gz_free_args(&za);
	return true;
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

/* BASE->FIELD, BASE an SSA name: FIELD, and *BASE set. */
static tree gz_field_ref(tree ref, tree *base)
{
	tree mem;

	if (!ref || TREE_CODE(ref) != COMPONENT_REF)
		return NULL_TREE;
	mem = TREE_OPERAND(ref, 0);
	if (TREE_CODE(mem) != MEM_REF || !integer_zerop(TREE_OPERAND(mem, 1)) ||
	    TREE_CODE(TREE_OPERAND(mem, 0)) != SSA_NAME)
		return NULL_TREE;
	*base = TREE_OPERAND(mem, 0);
	return TREE_OPERAND(ref, 1);
}

static bool gz_stmt_dominates(gimple *a, gimple *b)
{
	gimple_stmt_iterator gsi;

	if (gimple_bb(a) != gimple_bb(b))
		return dominated_by_p(CDI_DOMINATORS, gimple_bb(b), gimple_bb(a));
	for (gsi = gsi_for_stmt(a); !gsi_end_p(gsi); gsi_next(&gsi))
		if (gsi_stmt(gsi) == b)
			return true;
	return false;
}

/*
 * Every store to BASE->FIELD in the function stores the origin, or NULL
 * (an error path resetting it): a load from there can hold nothing else.
 */
static bool gz_field_only_origin(struct gz_origin *o, tree base, tree field)
{
	basic_block bb;

	FOR_EACH_BB_FN(bb, cfun) {
		gimple_stmt_iterator gsi;

		for (gsi = gsi_start_bb(bb); !gsi_end_p(gsi); gsi_next(&gsi)) {
			gimple *s = gsi_stmt(gsi);
			tree b;

			if (!gimple_assign_single_p(s) || !gimple_store_p(s) ||
			    gz_field_ref(gimple_assign_lhs(s), &b) != field ||
			    b != base || o->stores.contains(s) ||
			    integer_zerop(gimple_assign_rhs1(s)))
				continue;
			return false;
		}
	}
	return true;
}

/*
 * A load of BASE->FIELD after the origin was stored there (the store
 * dominates it) holds the origin.  Other code may store another page there
 * through another pointer in between, so the load is also GZ_MIXED: a
 * publishing call on it is seen, but a zeroing of it is only ever reported
 * (conditional-zeroing), never converted, and it makes no wrapper.
 */
static int gz_load_state(struct gz_origin *o, gimple *load, tree ref)
{
	tree base, field, b;
	gimple *s;
	unsigned int i;

	field = gz_field_ref(ref, &base);
	if (!field)
		return 0;
	FOR_EACH_VEC_ELT(o->stores, i, s)
		if (gz_field_ref(gimple_assign_lhs(s), &b) == field &&
		    b == base && gz_stmt_dominates(s, load))
			return gz_field_only_origin(o, base, field) ?
			       gz_state(o, gimple_assign_rhs1(s)) | GZ_MIXED : 0;
	return 0;
}

/* BASE->FIELD = origin: remembered for the loads. */
static bool gz_step_store(struct gz_origin *o, gimple *stmt)
{
	tree base;
	int st = gz_state(o, gimple_assign_rhs1(stmt));

	if (!gimple_assign_single_p(stmt) || !(st & GZ_OBJ) ||
	    (st & GZ_MIXED) ||
	    !gz_field_ref(gimple_assign_lhs(stmt), &base) ||
	    o->stores.contains(stmt))
		return false;
	o->stores.safe_push(stmt);
	return true;
}

static bool gz_step_assign(struct gz_origin *o, gimple *stmt)
{
	tree lhs = gimple_assign_lhs(stmt);
	tree rhs1 = gimple_assign_rhs1(stmt);
	enum tree_code code = gimple_assign_rhs_code(stmt);
	unsigned int i;
	int st = 0;

	if (TREE_CODE(lhs) == COMPONENT_REF)
		return gz_step_store(o, stmt);
	if (TREE_CODE(lhs) != SSA_NAME && TREE_CODE(lhs) != VAR_DECL)
		return false;
	switch (code) {
	case COMPONENT_REF:
		st = gz_load_state(o, stmt, rhs1);
		break;
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
	unsigned int i, n = gimple_call_num_args(stmt);
	int st = 0, ost;

	if (!lhs)
		return false;
	if (c && (c->role == GZ_ROLE_SAME || c->role == GZ_ROLE_MAP) &&
	    (unsigned int)c->map->obj < n) {
		tree off = c->map->offset >= 0 &&
			   (unsigned int)c->map->offset < n ?
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

/*
 * Is T a constant, through the copies into-SSA leaves (a "return NULL;"
 * or "folio = NULL;" is "_5 = 0B;" before the phi that joins it)?
 */
static bool gz_constant(tree t)
{
	int guard = 0;

	while (t && TREE_CODE(t) == SSA_NAME && guard++ < 16) {
		gimple *def = SSA_NAME_DEF_STMT(t);

		if (!is_gimple_assign(def) ||
		    (!gimple_assign_single_p(def) &&
		     !CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def))))
			return false;
		t = gimple_assign_rhs1(def);
	}
	return t && CONSTANT_CLASS_P(t);
}

static bool gz_step_phi(struct gz_origin *o, gphi *phi)
{
	tree lhs = gimple_phi_result(phi);
	unsigned int i;
	int st = 0;
	bool foreign = false;

	for (i = 0; i < gimple_phi_num_args(phi); i++) {
		tree arg = gimple_phi_arg_def(phi, i);
		int s = gz_state(o, arg);

		if (s)
			st |= s;
		else if (TREE_CODE(arg) == SSA_NAME && !gz_constant(arg))
			foreign = true;
	}
	if ((st & GZ_OBJ) && foreign)
		st |= GZ_MIXED;
	return gz_set(o, lhs, st);
}

/* Follow the origin's result to a fixed point. */
void gz_propagate(struct gz_fn *fn, struct gz_origin *o)
{
	basic_block bb;
	bool changed = true;
	int rounds = 0;
	unsigned int i;

	gz_set(o, o->seed, GZ_OBJ);
	for (i = 0; i < o->twins.length(); i++)
		gz_set(o, gimple_call_lhs(o->twins[i]), GZ_OBJ);
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
					 !gz_is_twin(o, stmt))
					changed |= gz_step_call(fn, o, stmt);
			}
		}
	}
}

/* Strip copies and conversions from an SSA value. */
tree gz_strip(tree t)
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
bool gz_same_value(tree a, tree b)
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
tree gz_field_load(tree t, tree *base)
{
	gimple *def;

	t = gz_strip(t);
	if (!t || TREE_CODE(t) != SSA_NAME)
		return NULL_TREE;
	def = SSA_NAME_DEF_STMT(t);
	if (!gimple_assign_single_p(def))
		return NULL_TREE;
	return gz_field_ref(gimple_assign_rhs1(def), base);
}

/*
 * Is T the value RAW, give or take additive terms?  The kernel's
 * ALIGN_DOWN(x, a) is ((x - (a - 1)) + (a - 1)) & ~(a - 1), which GCC
 * leaves unfolded when a is not constant (PAGE_SIZE << order).
 */
static bool gz_adjusted_from(tree t, tree raw)
{
	int guard = 0;

	while (guard++ < 4) {
		gimple *def;

		if (gz_same_value(t, raw))
			return true;
		t = gz_strip(t);
		if (!t || TREE_CODE(t) != SSA_NAME)
			return false;
		def = SSA_NAME_DEF_STMT(t);
		if (!is_gimple_assign(def) ||
		    (gimple_assign_rhs_code(def) != PLUS_EXPR &&
		     gimple_assign_rhs_code(def) != MINUS_EXPR &&
		     gimple_assign_rhs_code(def) != POINTER_PLUS_EXPR))
			return false;
		if (gz_adjusted_from(gimple_assign_rhs2(def), raw))
			return true;
		t = gimple_assign_rhs1(def);
	}
	return false;
}

/* Is A an aligned form ((x +- ...) & mask) of RAW? */
bool gz_aligned_from(tree a, tree raw)
{
	gimple *def;

	a = gz_strip(a);
	if (!a || TREE_CODE(a) != SSA_NAME)
		return false;
	def = SSA_NAME_DEF_STMT(a);
	if (!is_gimple_assign(def) ||
	    gimple_assign_rhs_code(def) != BIT_AND_EXPR)
		return false;
	return gz_adjusted_from(gimple_assign_rhs1(def), raw) ||
	       gz_adjusted_from(gimple_assign_rhs2(def), raw);
}
