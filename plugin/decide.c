// SPDX-License-Identifier: GPL-2.0-only
/*
 * Decisions: what a zeroing of a followed page is.  From the facts that
 * flow.c and control.c establish about one zeroing (which part it
 * zeroes, with what address, under which guard, after which publishing
 * call), and what the allocation asked for, one finding with its check,
 * its reason and its message, or none.  A convert finding gets its
 * fix-its from fixit.c.  This is the only file that chooses a check or a
 * reason, so the model reads in one place.
 */
#include "track.h"

static const char *gz_object_name(const struct gz_origin *o)
{
	return o->call.alloc->object == GZ_FOLIO ? "folio" : "page";
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
		msg = xasprintf(gz_message(GZ_M_UNCONVERTIBLE), obj,
				o->call.name, zname, gz_reason_name(r),
				gz_reason_text(r));
	} else if (o->gfp_zero || ae->kind == GZ_ZEROED) {
		check = GZ_DOUBLE_ZEROING;
		msg = xasprintf(gz_message(GZ_M_ALREADY_ZEROED), obj,
				o->call.name, zname);
	} else if (x->guard) {
		check = GZ_MANUAL_ZEROING;
		msg = xasprintf(gz_message(GZ_M_GUARDED), obj, o->call.name,
				zname, x->guard->name);
	} else {
		check = GZ_DOUBLE_ZEROING;
		msg = xasprintf(gz_message(GZ_M_ZEROED_TWICE), obj,
				o->call.name, zname);
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
	if (x->via && r == GZ_R_NONE) {
		/* a callee in another unit: where its zeroing is */
		char *where = x->where ? xasprintf(" (%s)", x->where) : NULL;

		f->shared_message = xasprintf(gz_message(GZ_M_SHARED), obj,
					      o->call.name, zname,
					      IDENTIFIER_POINTER(DECL_NAME(x->via)),
					      where ? where : "",
					      gz_reason_name(GZ_R_SHARED_CALLEE),
					      gz_reason_text(GZ_R_SHARED_CALLEE));
		free(where);
	}
	return r == GZ_R_NONE ? f : NULL;
}

/* Classify one zeroing Z of origin O. */
bool gz_zeroing(struct gz_fn *fn, struct gz_origin *o, gimple *z,
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

/*
 * A call that hands the object to a function of this unit that zeroes
 * its parameter: the finding sits at the zeroing in the callee.
 */
bool gz_callee_zeroing(struct gz_fn *fn, struct gz_origin *o,
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

/* A NOADDR allocation with __GFP_ZERO that is mapped to user space. */
void gz_zero_without_addr(struct gz_fn *fn, struct gz_origin *o)
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
		f->message = xasprintf(gz_message(GZ_M_NO_USER_ADDR),
				       o->call.name, gz_object_name(o));
}

/* Did the allocation ask for __GFP_ZERO (or come from a wrapper that does)? */
bool gz_gfp_has_zero(struct gz_fn *fn, struct gz_origin *o)
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
 * At the end of the unit, when every call of a zeroing callee is known:
 * a convert finding through a callee that others share is not one.
 */
static void gz_decide_shared_callee(struct gz_finding *f)
{
	if (!f->via || !gz_check_converts(f->check) ||
	    !gz_summary_shared(f->via))
		return;
	f->check = GZ_UNCONVERTIBLE_ZEROING;
	f->reason = GZ_R_SHARED_CALLEE;
	f->fixits_ok = false;
	free(f->message);
	f->message = f->shared_message;
	f->shared_message = NULL;
}

void gz_decide_unit(void)
{
	gz_each_finding(gz_decide_shared_callee);
}
