// SPDX-License-Identifier: GPL-2.0-only
/*
 * Cross-function summaries: functions that zero a page or folio
 * parameter, static functions that map one to user space (publishers),
 * functions that return a fresh one (wrappers), and who calls the zeroing
 * ones with what.  Built here from a function's analysis, kept for its
 * callers, and turned into catalogue terms at their calls (a wrapper's
 * call is an allocation, a publisher's a publishing call).
 *
 * GCC runs the early passes in topological order, callees first, so a
 * callee's summary exists when its callers are analysed (not within a
 * recursive cycle: such calls are not followed).  Whether every caller
 * passes a fresh user page is only known at the end of the unit, when
 * findings are emitted.
 *
 * With -fplugin-arg-gfpzero_plugin-summaries=DIR the summaries of
 * functions other units can call are written to DIR/<unit>.gfpzs at the
 * end of each unit, and every .gfpzs file in DIR is read at the start, so a
 * second build sees wrappers and zeroing callees defined in other files.
 * One line per function, tab-separated:
 *   wrapper <name> <kind> <object> <gfp_zero> <allocator>
 *   zeroes <name> <param> <partial> <const_addr> <user_addr>
 *	    <conditional> <guard or -> <zeroing helper> <file:line>
 */
#include "track.h"
#include <dirent.h>
#include <unistd.h>

const char *gz_summaries_dir;

static vec<gz_summary> gz_summaries;
static vec<gz_wrapper> gz_wrappers;
static vec<gz_summary> gz_ext_summaries;	/* from summaries=DIR */
static vec<gz_wrapper> gz_ext_wrappers;

struct gz_caller {
	tree callee;
	bool fresh;
};

static vec<gz_caller> gz_callers;

/* A static function of this unit that publishes its parameters. */
struct gz_publisher {
	tree fndecl;
	unsigned int params;		/* a bit for each published one */
};

static vec<gz_publisher> gz_publishers;

static void gz_publisher_add(tree fndecl, unsigned int params)
{
	struct gz_publisher p = { fndecl, params };

	gz_publishers.safe_push(p);
}

/* The parameters FNDECL publishes, a bit each; 0 if none. */
static unsigned int gz_publisher_find(tree fndecl)
{
	unsigned int i;

	for (i = 0; fndecl && i < gz_publishers.length(); i++)
		if (gz_publishers[i].fndecl == fndecl)
			return gz_publishers[i].params;
	return 0;
}

/* A function defined in another unit: known by name only. */
static bool gz_elsewhere(tree fndecl)
{
	cgraph_node *node = cgraph_node::get(fndecl);

	return TREE_PUBLIC(fndecl) && DECL_NAME(fndecl) &&
	       (!node || !node->definition);
}

/*
 * The guard is one of the callee's call sites, which go when its analysis
 * ends: the summary keeps a copy, read when its callers are analysed.
 */
static void gz_summary_add(const struct gz_summary *s)
{
	struct gz_summary c = *s;

	if (s->guard) {
		struct gz_call *g = XNEW(struct gz_call);

		*g = *s->guard;
		c.guard = g;
	}
	gz_summaries.safe_push(c);
}

const struct gz_summary *gz_summary_find(tree fndecl, int param)
{
	const char *name;
	unsigned int i;

	for (i = 0; i < gz_summaries.length(); i++)
		if (gz_summaries[i].fndecl == fndecl &&
		    (param < 0 || gz_summaries[i].param == param))
			return &gz_summaries[i];
	if (gz_ext_summaries.is_empty() || !gz_elsewhere(fndecl))
		return NULL;
	name = IDENTIFIER_POINTER(DECL_NAME(fndecl));
	for (i = 0; i < gz_ext_summaries.length(); i++)
		if (!strcmp(gz_ext_summaries[i].name, name) &&
		    (param < 0 || gz_ext_summaries[i].param == param))
			return &gz_ext_summaries[i];
	return NULL;
}

static void gz_wrapper_add(const struct gz_wrapper *w)
{
	gz_wrappers.safe_push(*w);
}

static const struct gz_wrapper *gz_wrapper_find(tree fndecl)
{
	const char *name;
	unsigned int i;

	for (i = 0; i < gz_wrappers.length(); i++)
		if (gz_wrappers[i].fndecl == fndecl)
			return &gz_wrappers[i];
	if (gz_ext_wrappers.is_empty() || !gz_elsewhere(fndecl))
		return NULL;
	name = IDENTIFIER_POINTER(DECL_NAME(fndecl));
	for (i = 0; i < gz_ext_wrappers.length(); i++)
		if (!strcmp(gz_ext_wrappers[i].name, name))
			return &gz_ext_wrappers[i];
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

/* ---- summarising a function for its callers ---- */

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
 * The page or folio a pointer parameter brings in, followed from the
 * function's entry as an allocation is: false for another parameter, or
 * one the function never reads.  Freed with gz_param_origin_free().
 */
static bool gz_param_origin(struct gz_fn *fn, tree parm, struct gz_origin *o)
{
	tree d;

	if (!POINTER_TYPE_P(TREE_TYPE(parm)))
		return false;
	d = ssa_default_def(fn->fun, parm);
	if (!d)
		return false;
	memset(o, 0, sizeof(*o));
	o->seed = d;
	o->bb = single_succ(ENTRY_BLOCK_PTR_FOR_FN(fn->fun));
	o->state = new hash_map<tree, int>;
	gz_propagate(fn, o);
	return true;
}

static void gz_param_origin_free(struct gz_origin *o)
{
	delete o->state;
	o->stores.release();
}

/* Summarise the parameters this function zeroes, for its callers. */
void gz_param_summaries(struct gz_fn *fn)
{
	tree parm;
	int i = 0;

	for (parm = DECL_ARGUMENTS(fn->fndecl); parm;
	     parm = DECL_CHAIN(parm), i++) {
		struct gz_origin o;
		unsigned int j;

		if (!gz_param_origin(fn, parm, &o))
			continue;
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
		gz_param_origin_free(&o);
	}
}

/*
 * A static function that maps a page or folio parameter to user space
 * publishes it for its callers: a call of it is a publishing call, of
 * the arguments in those positions (7.2's binder maps the page it
 * allocated in one function through another).
 */
void gz_param_publishers(struct gz_fn *fn)
{
	unsigned int params = 0;
	tree parm;
	int i = 0;

	for (parm = DECL_ARGUMENTS(fn->fndecl); parm && i < 32;
	     parm = DECL_CHAIN(parm), i++) {
		struct gz_origin o;

		if (!gz_param_origin(fn, parm, &o))
			continue;
		if (gz_published_before(fn, &o, NULL))
			params |= 1u << i;
		gz_param_origin_free(&o);
	}
	if (params)
		gz_publisher_add(fn->fndecl, params);
}

/*
 * Does this function return the origin's fresh page (or NULL) on every
 * path?  Then its callers may treat it as an allocator.
 */
void gz_note_wrapper(struct gz_fn *fn, struct gz_origin *o)
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

/* ---- calls of summarised functions, in catalogue terms ---- */

/* A call of a publisher of this unit is a publishing call. */
bool gz_publisher_call(gimple *stmt, tree callee, struct gz_call *out)
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

/* A call of a wrapper is an allocation by the allocator it wraps. */
bool gz_wrapper_call(gimple *stmt, tree callee, struct gz_call *out)
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

/* ---- summaries=DIR ---- */

static char *gz_field(char **p)
{
	char *f = *p, *tab;

	if (!f)
		return NULL;
	tab = strchr(f, '\t');
	if (tab) {
		*tab = '\0';
		*p = tab + 1;
	} else {
		f[strcspn(f, "\n")] = '\0';
		*p = NULL;
	}
	return f;
}

static void gz_parse_wrapper(char *p)
{
	struct gz_wrapper w;
	struct gz_call c;
	char *name = gz_field(&p), *kind = gz_field(&p);
	char *object = gz_field(&p), *zero = gz_field(&p);
	char *allocator = gz_field(&p);

	memset(&w, 0, sizeof(w));
	if (!allocator || !gz_kind_from_name(kind, &w.entry.kind) ||
	    !gz_catalogue_name(allocator, &c) || c.role != GZ_ROLE_ALLOC)
		return;
	w.name = xstrdup(name);
	w.entry.name = c.alloc->name;
	w.entry.arity = -1;
	w.entry.object = !strcmp(object, "FOLIO") ? GZ_FOLIO : GZ_PAGE;
	w.entry.gfp = w.entry.order = w.entry.addr = w.entry.user_addr = -1;
	w.gfp_zero = !strcmp(zero, "1");
	w.exported = true;
	gz_ext_wrappers.safe_push(w);
}

static void gz_parse_zeroes(char *p)
{
	struct gz_summary s;
	struct gz_call c, *g;
	char *f[9];
	int i;

	for (i = 0; i < 9; i++)
		f[i] = gz_field(&p);
	memset(&s, 0, sizeof(s));
	if (!f[8] || !gz_catalogue_name(f[7], &c) || c.role != GZ_ROLE_ZERO)
		return;
	s.name = xstrdup(f[0]);
	s.param = atoi(f[1]);
	s.partial = f[2][0] == '1';
	s.const_addr = f[3][0] == '1';
	s.user_addr = f[4][0] == '1';
	s.conditional = f[5][0] == '1';
	if (strcmp(f[6], "-")) {
		g = XCNEW(struct gz_call);
		if (gz_catalogue_name(f[6], g) && g->role == GZ_ROLE_GUARD)
			s.guard = g;
		else
			free(g);
	}
	s.call = c;
	s.where = xstrdup(f[8]);
	s.exported = true;
	s.addr_param = -1;
	gz_ext_summaries.safe_push(s);
}

void gz_summaries_read(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char *line = NULL;	/* a line of any length: paths have none */
	size_t size = 0;

	if (!d)
		return;		/* nothing written yet: the first pass */
	while ((e = readdir(d))) {
		size_t n = strlen(e->d_name);
		char *path;
		FILE *fp;

		if (n < 6 || strcmp(e->d_name + n - 6, ".gfpzs"))
			continue;
		path = concat(dir, "/", e->d_name, NULL);
		fp = fopen(path, "r");
		free(path);
		if (!fp)
			continue;
		while (getline(&line, &size, fp) >= 0) {
			if (!strncmp(line, "wrapper\t", 8))
				gz_parse_wrapper(line + 8);
			else if (!strncmp(line, "zeroes\t", 7))
				gz_parse_zeroes(line + 7);
		}
		fclose(fp);
	}
	free(line);
	closedir(d);
}

/*
 * The summary file's name: the main input file, '/' as '_'; when that is
 * too long for a file name (NAME_MAX, 255 bytes on Linux, with room for
 * ".gfpzs" and the temporary suffix), its tail after a hash of the whole.
 */
static char *gz_summary_base(void)
{
	const char *in = main_input_filename ? main_input_filename : "unit";
	size_t n = strlen(in);
	char *base, *p;

	if (n <= 200) {
		base = xstrdup(in);
	} else {
		unsigned long h = 5381;

		for (p = (char *)in; *p; p++)
			h = h * 33 + (unsigned char)*p;
		base = xasprintf("%016lx-%s", h, in + n - 160);
	}
	for (p = base; *p; p++)
		if (*p == '/')
			*p = '_';
	return base;
}

/* DIR/<main input file, '/' as '_'>.gfpzs, written atomically. */
void gz_summaries_write(const char *dir)
{
	char *base, *path, *tmp;
	unsigned int i;
	FILE *fp;

	base = gz_summary_base();
	path = concat(dir, "/", base, ".gfpzs", NULL);
	tmp = xasprintf("%s.%d", path, (int)getpid());
	fp = fopen(tmp, "w");
	if (!fp) {
		error("gfpzero: cannot write %qs: %m", tmp);
		goto out;
	}
	for (i = 0; i < gz_wrappers.length(); i++) {
		const struct gz_wrapper *w = &gz_wrappers[i];

		if (w->exported)
			fprintf(fp, "wrapper\t%s\t%s\t%s\t%d\t%s\n", w->name,
				gz_kind_name(w->entry.kind),
				w->entry.object == GZ_FOLIO ? "FOLIO" : "PAGE",
				w->gfp_zero, w->entry.name);
	}
	for (i = 0; i < gz_summaries.length(); i++) {
		const struct gz_summary *s = &gz_summaries[i];
		expanded_location x = expand_location(gz_spelling(s->loc));

		if (s->exported && s->fndecl && TREE_PUBLIC(s->fndecl))
			fprintf(fp, "zeroes\t%s\t%d\t%d\t%d\t%d\t%d\t%s\t%s\t%s:%d\n",
				s->name, s->param, s->partial, s->const_addr,
				s->user_addr, s->conditional,
				s->guard ? s->guard->name : "-", s->call.name,
				x.file ? x.file : "?", x.line);
	}
	if (fclose(fp) || rename(tmp, path))
		error("gfpzero: cannot write %qs: %m", path);
out:
	free(tmp);
	free(path);
	free(base);
}

void gz_summary_reset(void)
{
	unsigned int i;

	for (i = 0; i < gz_summaries.length(); i++) {
		free(gz_summaries[i].addr_text);
		free(CONST_CAST(struct gz_call *, gz_summaries[i].guard));
	}
	gz_summaries.release();
	gz_wrappers.release();
	gz_callers.release();
	gz_publishers.release();
}
