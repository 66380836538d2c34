/* SPDX-License-Identifier: GPL-2.0-only */
/*
 * Following a fresh page or folio through one function in SSA form:
 * what pass.c, flow.c, control.c, decide.c, fixit.c, summary.c and
 * inventory.c share, by the file that defines it.
 *
 * Each catalogue allocation is an origin.  Its result is followed through
 * copies, casts, phis, &folio->page, folio_page(folio, 0), page_folio(),
 * kernel mappings (kmap_local_page(), page_address(), ...) and a store to
 * a field, BASE->FIELD, read back from there.  Each
 * catalogue zeroing of it is then classified as a convert finding or an
 * unconvertible one with a reason.  Nothing here looks at the name of
 * the function being analysed.
 */
#ifndef GFPZERO_TRACK_H
#define GFPZERO_TRACK_H

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
	/* its calls that the catalogue or a summary knows */
	vec<gz_site> sites;
	vec<gimple *> callee_calls;	/* calls of summarised callees */
	hash_map<gimple *, unsigned> *index;
	hash_set<basic_block> *live;	/* blocks that can reach the exit */
	hash_set<gimple *> *reached;	/* zeroings an allocation reached */
};

struct gz_origin {
	gimple *stmt;			/* the allocation; NULL for a parameter */
	/*
	 * Every call one source allocation became: a macro such as the
	 * kernel's alloc_hooks() can expand it into one call per branch,
	 * joined by a phi.  stmt is the first.
	 */
	vec<gimple *> twins;
	tree seed;			/* its result, or the parameter */
	basic_block bb;
	struct gz_call call;
	struct gz_args args;
	bool have_args;
	bool gfp_zero;
	/* what each SSA name or variable holds of it: GZ_OBJ, ... */
	hash_map<tree, int> *state;
	vec<gimple *> stores;		/* BASE->FIELD = it */
};

struct gz_control {
	const struct gz_call *guard;
	bool conditional;
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

/* ---- flow.c ---- */
int gz_state(struct gz_origin *o, tree t);
bool gz_is_twin(const struct gz_origin *o, const gimple *stmt);
bool gz_read_site(const struct gz_call *c, struct gz_args *a);
const struct gz_call *gz_site_call(struct gz_fn *fn, gimple *stmt);
bool gz_zero_facts(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		   const struct gz_call *zc, struct gz_facts *x);
void gz_propagate(struct gz_fn *fn, struct gz_origin *o);
tree gz_strip(tree t);
bool gz_same_value(tree a, tree b);
tree gz_field_load(tree t, tree *base);
bool gz_aligned_from(tree a, tree raw);

/* ---- control.c ---- */
bool gz_bb_reaches(basic_block from, basic_block to, basic_block avoid);
void gz_controls(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		 struct gz_control *ctl);
bool gz_published_before(struct gz_fn *fn, struct gz_origin *o,
			 gimple *z);

/* ---- decide.c ---- */
bool gz_gfp_has_zero(struct gz_fn *fn, struct gz_origin *o);
bool gz_zeroing(struct gz_fn *fn, struct gz_origin *o, gimple *z,
		const struct gz_call *zc);
bool gz_callee_zeroing(struct gz_fn *fn, struct gz_origin *o,
		       gimple *call);
void gz_zero_without_addr(struct gz_fn *fn, struct gz_origin *o);

/* ---- fixit.c ---- */
bool gz_fix_declaration(struct gz_finding *f, tree var);
void gz_fixits(struct gz_fn *fn, struct gz_origin *o,
	       struct gz_finding *f, gimple *z,
	       const struct gz_call *zc);
void gz_fix_callee_addr(struct gz_fn *fn, struct gz_origin *o,
			struct gz_finding *f,
			const struct gz_summary *s, gimple *call);

/* ---- summary.c ---- */
void gz_param_summaries(struct gz_fn *fn);
void gz_param_publishers(struct gz_fn *fn);
void gz_note_wrapper(struct gz_fn *fn, struct gz_origin *o);

/* ---- inventory.c ---- */
void gz_inventory_function(struct gz_fn *fn);

#endif /* GFPZERO_TRACK_H */
