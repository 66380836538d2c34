// SPDX-License-Identifier: GPL-2.0-only
/*
 * Classifying each zeroing of an origin into a check and a reason, and
 * the per-function driver.
 */
#include "track.h"

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
	const char *where;		/* its file:line, in another unit */
};

/* Decide the check and reason for a zeroing; NULL when not a finding. */
static struct gz_finding *gz_decide(struct gz_fn *fn, struct gz_origin *o,
				    const struct gz_facts *x, bool *reported)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	const char *obj = gz_object_name(o), *zname = x->zc->name;
	enum gz_reason r = GZ_R_NONE;
	struct gz_finding *f;
	enum gz_check check;
	char *msg;

	*reported = false;
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
	*reported = true;
	f = gz_new_finding(check, r);
	if (!f) {
		free(msg);
		return NULL;
	}
	f->message = msg;
	f->loc = x->loc;
	f->alloc_loc = o->call.loc;
	/* a callee in another unit: the finding sits at the call */
	f->fndecl = x->via && !x->where ? x->via : fn->fndecl;
	f->function = IDENTIFIER_POINTER(DECL_NAME(f->fndecl));
	f->alloc_function = fn->name;
	f->callee = o->call.name;
	f->via = x->via;
	if (x->via && r == GZ_R_NONE)
		f->shared_message = xasprintf("user %s from '%s' is zeroed by hand with '%s' in '%s'%s%s%s, but passing __GFP_ZERO instead would be wrong (%s): %s",
					      obj, o->call.name, zname,
					      IDENTIFIER_POINTER(DECL_NAME(x->via)),
					      x->where ? " (" : "",
					      x->where ? x->where : "",
					      x->where ? ")" : "",
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

/* Classify one zeroing Z of origin O. */
static bool gz_zeroing(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		       const struct gz_call *zc)
{
	struct gz_control ctl;
	struct gz_facts x;
	struct gz_finding *f;
	bool reported;

	if (!gz_zero_facts(fn, o, z, zc, &x))
		return false;
	gz_controls(fn, o, z, &ctl);
	x.published = gz_published_before(fn, o, z);
	x.conditional = ctl.conditional;
	x.guard = ctl.guard;
	f = gz_decide(fn, o, &x, &reported);
	if (f)
		gz_fixits(fn, o, f, z, zc);
	return reported;
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
	if (ze->addr < 0 || (unsigned int)ze->addr >= gimple_call_num_args(z))
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
 * A call that hands the object to a function of this unit that zeroes
 * its parameter: the finding sits at the zeroing in the callee.
 */
static bool gz_callee_zeroing(struct gz_fn *fn, struct gz_origin *o,
			      gimple *call)
{
	tree callee = gimple_call_fndecl(call);
	bool fresh = false, reported;
	unsigned int i;

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
		/* a page that may be another origin's is not fresh */
		if (o->call.alloc->kind != GZ_NOADDR &&
		    o->call.alloc->kind != GZ_POOL &&
		    !(st & GZ_MIXED))
			fresh = true;
		memset(&x, 0, sizeof(x));
		gz_controls(fn, o, call, &ctl);
		x.loc = s->fndecl ? s->loc : gz_spelling(gimple_location(call));
		x.where = s->where;
		x.zc = &s->call;
		x.partial = s->partial;
		x.user_addr = s->user_addr;
		x.const_addr = s->const_addr;
		x.published = gz_published_before(fn, o, call);
		x.mixed = st & GZ_MIXED;
		x.conditional = ctl.conditional || s->conditional;
		x.guard = s->guard ? s->guard : ctl.guard;
		x.via = callee;
		f = gz_decide(fn, o, &x, &reported);
		if (f && s->fndecl) {
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
		unsigned int j;

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
			s.name = fn->name;
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
		o.stores.release();
	}
}

/*
 * A static function that maps a page or folio parameter to user space
 * publishes it for its callers: a call of it is a publishing call, of
 * the arguments in those positions (7.2's binder maps the page it
 * allocated in one function through another).
 */
static void gz_param_publishers(struct gz_fn *fn)
{
	unsigned int params = 0;
	tree parm;
	int i = 0;

	for (parm = DECL_ARGUMENTS(fn->fndecl); parm && i < 32;
	     parm = DECL_CHAIN(parm), i++) {
		struct gz_origin o;
		tree d;

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
		if (gz_published_before(fn, &o, NULL))
			params |= 1u << i;
		delete o.state;
		o.stores.release();
	}
	if (params)
		gz_publisher_add(fn->fndecl, params);
}

/* A call of a publisher of this unit is a publishing call. */
static bool gz_publisher_call(gimple *stmt, tree callee, struct gz_call *out)
{
	unsigned int params = gz_publisher_find(callee);

	if (!params)
		return false;
	memset(out, 0, sizeof(*out));
	out->role = GZ_ROLE_PUBLISH;
	out->name = IDENTIFIER_POINTER(DECL_NAME(callee));
	out->loc = gz_spelling(gimple_location(stmt));
	out->pub_params = params;
	return true;
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

/*
 * Does this function return the origin's fresh page (or NULL) on every
 * path?  Then its callers may treat it as an allocator.
 */
static void gz_note_wrapper(struct gz_fn *fn, struct gz_origin *o)
{
	struct gz_wrapper w;
	basic_block bb;
	bool any = false;

	if (gz_wrapper_find(fn->fndecl))
		return;		/* the first origin that qualifies */
	FOR_EACH_BB_FN(bb, fn->fun) {
		gimple *last = gz_last_stmt(bb);
		tree rv;
		int st;

		if (!last || gimple_code(last) != GIMPLE_RETURN)
			continue;
		rv = gimple_return_retval(as_a<greturn *>(last));
		if (!rv)
			return;
		if (integer_zerop(rv))
			continue;
		st = gz_state(o, rv);
		if (!(st & GZ_OBJ) || (st & (GZ_MIXED | GZ_SUB)))
			return;
		any = true;
	}
	if (!any)
		return;
	memset(&w, 0, sizeof(w));
	w.fndecl = fn->fndecl;
	w.name = fn->name;
	w.entry = *o->call.alloc;
	w.entry.name = o->call.alloc->name;
	w.entry.arity = -1;
	w.entry.gfp = w.entry.order = w.entry.addr = w.entry.user_addr = -1;
	w.gfp_zero = o->gfp_zero;
	w.exported = gz_summary_exported(fn->fndecl);
	gz_wrapper_add(&w);
}

static bool gz_gfp_has_zero(struct gz_fn *fn, struct gz_origin *o)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	tree gfp;
	int guard = 0;

	if (o->call.wrapper)
		return o->call.wrapper->gfp_zero;

	if (ae->gfp < 0)
		return false;
	if (o->have_args && ae->gfp < o->args.nargs &&
	    gz_text_has_word(o->args.text[ae->gfp], gz_is_gfp_zero_name))
		return true;
	if ((unsigned int)ae->gfp >= gimple_call_num_args(o->stmt))
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

/*
 * Where the page a zeroing works on comes from, for the inventory: a
 * string the caller frees (names have no length limit).
 */
static char *gz_origin_text(struct gz_fn *fn, tree t)
{
	int guard = 0;

	while (guard++ < 16) {
		gimple *def;
		tree rhs;

		if (TREE_CODE(t) == VAR_DECL && DECL_NAME(t))
			return xasprintf("%s '%s'", is_global_var(t) ?
					 "global" : "local variable",
					 IDENTIFIER_POINTER(DECL_NAME(t)));
		if (TREE_CODE(t) == ADDR_EXPR)
			return xstrdup("the address of an object");
		if (TREE_CODE(t) != SSA_NAME)
			return xstrdup("a constant");
		if (SSA_NAME_IS_DEFAULT_DEF(t)) {
			tree v = SSA_NAME_VAR(t);

			return xasprintf("parameter '%s'%s",
					 v && DECL_NAME(v) ?
					 IDENTIFIER_POINTER(DECL_NAME(v)) : "?",
					 gz_summary_find(fn->fndecl, -1) ?
					 " (its callers in this file are followed)" : "");
		}
		def = SSA_NAME_DEF_STMT(t);
		if (gimple_code(def) == GIMPLE_PHI)
			return xstrdup("several paths");
		if (is_gimple_call(def)) {
			const struct gz_call *c = gz_site_call(fn, def);
			tree callee = gimple_call_fndecl(def);

			if (c && (c->role == GZ_ROLE_SAME ||
				  c->role == GZ_ROLE_MAP) &&
			    (unsigned int)c->map->obj < gimple_call_num_args(def)) {
				t = gimple_call_arg(def, c->map->obj);
				continue;
			}
			if (c && c->role == GZ_ROLE_ALLOC)
				return xasprintf("allocator '%s' (%s)", c->name,
						 gz_kind_name(c->alloc->kind));
			if (callee && DECL_NAME(callee))
				return xasprintf("the result of '%s'",
						 IDENTIFIER_POINTER(DECL_NAME(callee)));
			return xstrdup("an indirect call");
		}
		if (!is_gimple_assign(def))
			return xstrdup("unknown");
		rhs = gimple_assign_rhs1(def);
		if (TREE_CODE(rhs) == COMPONENT_REF) {
			tree field = TREE_OPERAND(rhs, 1);

			return xasprintf("struct field '%s'", DECL_NAME(field) ?
					 IDENTIFIER_POINTER(DECL_NAME(field)) : "?");
		}
		if (TREE_CODE(rhs) == ADDR_EXPR) {
			tree base = get_base_address(TREE_OPERAND(rhs, 0));

			if (base && TREE_CODE(base) == MEM_REF) {
				t = TREE_OPERAND(base, 0);
				continue;
			}
		}
		if (TREE_CODE(rhs) == MEM_REF || TREE_CODE(rhs) == ARRAY_REF)
			return xstrdup("memory");
		t = rhs;
	}
	return xstrdup("unknown");
}

/* The inventory: every zeroing that no origin of this function reached. */
static void gz_inventory_function(struct gz_fn *fn, hash_set<gimple *> *seen)
{
	unsigned int i;
	char *origin;

	for (i = 0; i < fn->sites.length(); i++) {
		const struct gz_call *zc = &fn->sites[i].call;
		gimple *z = fn->sites[i].stmt;

		if (zc->role != GZ_ROLE_ZERO || seen->contains(z) ||
		    (unsigned int)zc->zero->obj >= gimple_call_num_args(z))
			continue;
		if (zc->zero->value >= 0 &&
		    ((unsigned int)zc->zero->value >= gimple_call_num_args(z) ||
		     !integer_zerop(gimple_call_arg(z, zc->zero->value))))
			continue;	/* memset with another value */
		origin = gz_origin_text(fn, gimple_call_arg(z, zc->zero->obj));
		gz_inventory(zc->loc, fn->name, zc->name, origin,
			     zc->zero->addr >= 0);
		free(origin);
	}
}

/* A call of a wrapper is an allocation by the allocator it wraps. */
static bool gz_wrapper_call(gimple *stmt, tree callee, struct gz_call *out)
{
	const struct gz_wrapper *w;
	expanded_location x;

	if (!callee || !gimple_call_lhs(stmt))
		return false;
	w = gz_wrapper_find(callee);
	if (!w)
		return false;
	memset(out, 0, sizeof(*out));
	out->role = GZ_ROLE_ALLOC;
	out->alloc = &w->entry;
	out->wrapper = w;
	out->name = w->name;
	out->loc = gz_spelling(gimple_location(stmt));
	x = expand_location(out->loc);
	out->exact = x.file != NULL;
	return true;
}

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
	struct gz_fn fn;
	basic_block bb;
	hash_set<gimple *> fresh, seen;
	unsigned int i, j;
	bool allocs = false, zeros = false, pubs = false;

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
				seen.add(fn.sites[j].stmt);
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
		gz_inventory_function(&fn, &seen);
	free_dominance_info(CDI_POST_DOMINATORS);
out:
	for (j = 0; j < fn.callee_calls.length(); j++)
		gz_summary_call(gimple_call_fndecl(fn.callee_calls[j]),
				fresh.contains(fn.callee_calls[j]));
	delete fn.index;
	delete fn.live;
	fn.sites.release();
	fn.callee_calls.release();
}
