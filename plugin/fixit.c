// SPDX-License-Identifier: GPL-2.0-only
/*
 * The fix-its of a convert finding: | __GFP_ZERO on the gfp argument,
 * the zeroing removed with what it leaves empty or unused, the raw fault
 * address, the user address in place of USER_ADDR_NONE.  All or nothing:
 * a partial conversion would be worse than none.  Only for a finding
 * decide.c made; the extent of each removal comes from removal.c.
 */
#include "track.h"

/*
 * A call an "if" removed with its zeroing may test: a guard predicate
 * (it only asks) or a branch hint around the condition.
 */
static bool gz_pure_call(const char *name, size_t len)
{
	return gz_is_guard_name(name, len) || gz_is_hint_name(name, len);
}

/*
 * A declaration "void *kaddr;" of its own, left unused once its only
 * uses go: remove it too.  A declaration with an initialiser is the
 * mapping statement itself and is already gone.
 */
bool gz_fix_declaration(struct gz_finding *f, tree var)
{
	expanded_location x;
	struct gz_span span;
	const char *name, *s;
	int len, col, end, nlen;

	if (!var || !DECL_NAME(var))
		return true;
	x = expand_location(DECL_SOURCE_LOCATION(var));
	if (!x.file)
		return false;
	s = gz_source_line(x.file, x.line, &len);
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

static bool gz_fix_alias(struct gz_fn *fn, struct gz_finding *f,
			 hash_set<gimple *> *gone, tree t);

/*
 * The temporaries GCC computed a removed call's argument T in
 * ("_2 = &copy->page" for "clear_user_page(kaddr, a, &copy->page)") go
 * with the call: a variable they read is not used by them any more.
 */
static void gz_gone_temps(hash_set<gimple *> *gone, tree t)
{
	int guard = 0;

	while (t && TREE_CODE(t) == SSA_NAME && guard++ < 8) {
		tree v = SSA_NAME_VAR(t), rhs;
		gimple *def = SSA_NAME_DEF_STMT(t);

		if ((v && DECL_NAME(v) && !DECL_ARTIFICIAL(v)) ||
		    !has_single_use(t) || !is_gimple_assign(def))
			return;
		gone->add(def);
		rhs = gimple_assign_rhs1(def);
		if (gimple_assign_single_p(def) && TREE_CODE(rhs) == ADDR_EXPR) {
			tree base = get_base_address(TREE_OPERAND(rhs, 0));

			t = base && TREE_CODE(base) == MEM_REF ?
			    TREE_OPERAND(base, 0) : NULL_TREE;
		} else if (gimple_assign_single_p(def) ||
			   CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
			   gimple_assign_rhs_code(def) == POINTER_PLUS_EXPR) {
			t = rhs;
		} else {
			return;
		}
	}
}

/*
 * The zeroing's mapping, when it is held in a variable used only by the
 * zeroing and the matching unmap: those statements go with the zeroing.
 */
static bool gz_fix_mapping(struct gz_fn *fn, struct gz_finding *f,
			   gimple *z, tree kaddr)
{
	hash_set<gimple *> gone;
	imm_use_iterator it;
	gimple *use, *def;
	const struct gz_call *c;
	struct gz_args a;
	struct gz_span span;
	bool ok = true;

	gone.add(z);
	if (!kaddr || TREE_CODE(kaddr) != SSA_NAME)
		return true;
	def = SSA_NAME_DEF_STMT(kaddr);
	c = is_gimple_call(def) ? gz_site_call(fn, def) : NULL;
	if (!c || c->role != GZ_ROLE_MAP || !SSA_NAME_VAR(kaddr))
		/* mapped within the zeroing statement */
		return gz_fix_alias(fn, f, &gone, kaddr);
	gone.add(def);
	FOR_EACH_IMM_USE_STMT(use, it, kaddr) {
		const struct gz_call *u = is_gimple_call(use) ?
					  gz_site_call(fn, use) : NULL;

		if (use == z || is_gimple_debug(use))
			continue;
		gone.add(use);
		if (!u || u->role != GZ_ROLE_UNMAP ||
		    !gz_read_site(u, &a)) {
			ok = false;
			continue;
		}
		if (gz_removal_span(&a, NULL, &span))
			gz_add_fixit(f, GZ_FIX_REMOVE, u->loc, &span, NULL);
		else
			ok = false;
		gz_free_args(&a);
	}
	if (!ok || !gz_read_site(c, &a))
		return false;
	/* "void *kaddr = kmap_local_page(page);" on lines of its own */
	{
		int len;
		const char *s = gz_source_line(a.file, a.name.line, &len);
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
		if (ok && gz_removal_span(&a, NULL, &span))
			gz_add_fixit(f, GZ_FIX_REMOVE, c->loc, &span, NULL);
		else
			ok = false;
	}
	gz_free_args(&a);
	if (ok)
		ok = gz_fix_declaration(f, SSA_NAME_VAR(kaddr));
	/*
	 * the page the mapping was made of may be a copy made for it, and
	 * for the zeroing, which names it too
	 */
	for (unsigned int i = 0; ok && i < gimple_call_num_args(z); i++)
		gz_gone_temps(&gone, gimple_call_arg(z, i));
	if (ok && (unsigned int)c->map->obj < gimple_call_num_args(def))
		ok = gz_fix_alias(fn, f, &gone,
				  gimple_call_arg(def, c->map->obj));
	return ok;
}

/*
 * After "=" in the N characters at S (a source line, not terminated):
 * only names, members, identity helpers and guard predicates: no call
 * that could do something.
 */
static bool gz_plain_rhs(const char *s, int n)
{
	const char *p = (const char *)memchr(s, '=', n), *e = s + n;

	while (p && p < e) {
		if (ISALPHA(*p) || *p == '_') {
			const char *w = p;
			struct gz_call c;
			char name[128];

			while (p < e && (ISALNUM(*p) || *p == '_'))
				p++;
			while (p < e && (*p == ' ' || *p == '\t'))
				p++;
			if (p == e || *p != '(')
				continue;
			if (p - w >= (long)sizeof(name))
				return false;
			memcpy(name, w, p - w);
			name[p - w] = '\0';
			if (!gz_catalogue_name(name, &c) ||
			    (c.role != GZ_ROLE_SAME && c.role != GZ_ROLE_GUARD))
				return false;
		} else {
			p++;
		}
	}
	return true;
}

/*
 * Does DEF, with the temporaries it reads, only compute: assignments
 * (arithmetic, casts, loads), no call, no phi, nothing volatile?  The
 * value of a declaration's initialiser, as its macros expanded; a
 * variable it reads ends the walk (reading it does nothing).
 */
static bool gz_pure_def(gimple *def)
{
	auto_vec<gimple *, 8> work;
	int guard = 0;

	work.safe_push(def);
	while (!work.is_empty()) {
		gimple *g = work.pop();
		ssa_op_iter it;
		tree t;

		if (guard++ > 32 || !is_gimple_assign(g) ||
		    gimple_has_volatile_ops(g) || gimple_has_side_effects(g))
			return false;
		FOR_EACH_SSA_TREE_OPERAND(t, g, it, SSA_OP_USE) {
			tree v = SSA_NAME_VAR(t);

			if (SSA_NAME_IS_DEFAULT_DEF(t) ||
			    (v && DECL_NAME(v) && !DECL_ARTIFICIAL(v)))
				continue;
			work.safe_push(SSA_NAME_DEF_STMT(t));
		}
	}
	return true;
}

/* How gz_fix_unused_var() may remove a variable. */
enum {
	GZ_VAR_PLAIN = 1,	/* assignments: no call but identity, guards */
	GZ_VAR_INIT = 2,	/* a declaration that computes its initialiser */
};

/*
 * VAR, once the statements in GONE are gone: when nothing else uses it,
 * its assignments ("var = ...;" lines of their own, with no call but the
 * identity helpers with GZ_VAR_PLAIN) and its declaration go too, or the
 * build would warn it is set but not used.  With GZ_VAR_INIT its
 * declaration may have an initialiser that only computes (the text, by
 * gz_init_decl_span(), and GCC's statements for it, by gz_pure_def()):
 * "unsigned long haddr = vmf->address & HPAGE_PMD_MASK;".  False when
 * they cannot be removed exactly.
 */
static bool gz_fix_unused_var(struct gz_fn *fn, struct gz_finding *f,
			      hash_set<gimple *> *gone, tree var,
			      unsigned int how)
{
	auto_vec<gimple *, 4> defs;
	struct gz_span init;
	expanded_location dx;
	bool plain = how & GZ_VAR_PLAIN, has_init = false;
	tree name;
	unsigned int i;

	if (TREE_CODE(var) != VAR_DECL || !DECL_NAME(var))
		return false;
	FOR_EACH_SSA_NAME(i, name, fn->fun) {
		imm_use_iterator it;
		gimple *use;

		if (SSA_NAME_VAR(name) != var)
			continue;
		FOR_EACH_IMM_USE_STMT(use, it, name)
			if (!gone->contains(use) && !is_gimple_debug(use))
				return true;	/* still used: keep it */
		if (!SSA_NAME_IS_DEFAULT_DEF(name))
			defs.safe_push(SSA_NAME_DEF_STMT(name));
	}
	dx = expand_location(DECL_SOURCE_LOCATION(var));
	if ((how & GZ_VAR_INIT) && dx.file)
		has_init = gz_init_decl_span(dx.file, dx.line, dx.column,
					     IDENTIFIER_POINTER(DECL_NAME(var)),
					     gz_is_align_name, &init);
	for (i = 0; i < defs.length(); i++) {
		expanded_location x = expand_location(gimple_location(defs[i]));
		const char *id = IDENTIFIER_POINTER(DECL_NAME(var)), *s;
		const struct gz_call *c = is_gimple_call(defs[i]) ?
					  gz_site_call(fn, defs[i]) : NULL;
		struct gz_span span;
		int col = 1, len, n = strlen(id), end;

		/* the declaration's initialiser: it goes with it */
		if (has_init && x.file && !strcmp(x.file, dx.file) &&
		    x.line >= init.line && x.line <= init.eline) {
			if (!gz_pure_def(defs[i]))
				return false;
			continue;
		}
		/* an assignment, or (PLAIN) a guard predicate's answer */
		if (!x.file || !(is_gimple_assign(defs[i]) ||
				 (plain && c && c->role == GZ_ROLE_GUARD)))
			return false;
		s = gz_source_line(x.file, x.line, &len);
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
		    !memchr(s + col - 1 + n, '=', end - (col - 1 + n)) ||
		    (plain && !gz_plain_rhs(s + col - 1 + n,
					    end - (col - 1 + n))))
			return false;
		span.line = span.eline = x.line;
		span.col = col;
		span.ecol = end;
		gz_add_fixit(f, GZ_FIX_REMOVE, gimple_location(defs[i]), &span,
			     NULL);
	}
	if (has_init) {
		gz_add_fixit(f, GZ_FIX_REMOVE, DECL_SOURCE_LOCATION(var), &init,
			     NULL);
		return true;
	}
	return gz_fix_declaration(f, var);
}

/*
 * The allocation is about to lose its aligned-address argument.  If that
 * was the variable's only use, its assignments and declaration go too,
 * an initialiser that only computes with it; if they cannot be removed
 * exactly (an initialiser that calls), keep the aligned address and all
 * of them.
 */
static bool gz_fix_unused_addr(struct gz_fn *fn, struct gz_finding *f,
			       struct gz_origin *o, tree aaddr)
{
	hash_set<gimple *> gone;
	tree var = TREE_CODE(aaddr) == SSA_NAME ? SSA_NAME_VAR(aaddr) : NULL;
	int nfixits = f->nfixits;
	unsigned int i;

	if (!var)
		return true;	/* aligned within the argument itself */
	for (i = 0; i < o->twins.length(); i++)
		gone.add(o->twins[i]);
	if (gz_fix_unused_var(fn, f, &gone, var, GZ_VAR_INIT))
		return true;
	f->nfixits = nfixits;	/* removals only: no text to free */
	return false;
}

/*
 * The zeroing's object may come through a variable of its own, a copy of
 * the page made for it ("page = &folio->page;" and then
 * "clear_highpage(page);"): once the zeroing goes, that variable goes
 * too.  T is the object argument; the statements between the variable
 * and the zeroing (member addresses, conversions, identity helpers) go
 * with the zeroing.
 */
static bool gz_fix_alias(struct gz_fn *fn, struct gz_finding *f,
			 hash_set<gimple *> *gone, tree t)
{
	int guard = 0;

	while (t && TREE_CODE(t) == SSA_NAME && guard++ < 8) {
		tree v = SSA_NAME_VAR(t);
		gimple *def = SSA_NAME_DEF_STMT(t);
		const struct gz_call *c;

		if (v && TREE_CODE(v) == VAR_DECL && DECL_NAME(v) &&
		    !DECL_ARTIFICIAL(v))
			return gz_fix_unused_var(fn, f, gone, v, GZ_VAR_PLAIN);
		gone->add(def);
		c = is_gimple_call(def) ? gz_site_call(fn, def) : NULL;
		if (gimple_assign_single_p(def) &&
		    TREE_CODE(gimple_assign_rhs1(def)) == ADDR_EXPR) {
			tree base = get_base_address(
				TREE_OPERAND(gimple_assign_rhs1(def), 0));

			t = base && TREE_CODE(base) == MEM_REF ?
			    TREE_OPERAND(base, 0) : NULL_TREE;
		} else if (is_gimple_assign(def) &&
			   (gimple_assign_single_p(def) ||
			    CONVERT_EXPR_CODE_P(gimple_assign_rhs_code(def)) ||
			    gimple_assign_rhs_code(def) == POINTER_PLUS_EXPR)) {
			t = gimple_assign_rhs1(def);
		} else if (c &&
			   (c->role == GZ_ROLE_SAME || c->role == GZ_ROLE_MAP) &&
			   (unsigned int)c->map->obj < gimple_call_num_args(def)) {
			t = gimple_call_arg(def, c->map->obj);
		} else {
			return true;
		}
	}
	return true;
}

/*
 * The "if" removed with the zeroing, lines LINE to ELINE of FILE, may
 * test a variable that held nothing but a guard's answer ("need =
 * user_alloc_needs_zeroing(); if (need) ..."): that variable goes too.
 * Its uses in the condition are followed back from the branches, through
 * conversions, negations, comparisons with a constant and branch hints.
 */
static bool gz_fix_cond_vars(struct gz_fn *fn, struct gz_finding *f,
			     gimple *z, const char *file, int line, int eline)
{
	hash_set<gimple *> gone;
	auto_vec<tree, 4> work;
	auto_vec<tree, 4> vars;
	basic_block bb;
	unsigned int i;

	gone.add(z);
	FOR_EACH_BB_FN(bb, fn->fun) {
		gimple *last = gz_last_stmt(bb);
		expanded_location x;

		if (!last || gimple_code(last) != GIMPLE_COND)
			continue;
		x = expand_location(gz_spelling(gimple_location(last)));
		if (!x.file || strcmp(x.file, file) || x.line < line ||
		    x.line > eline)
			continue;
		gone.add(last);
		work.safe_push(gimple_cond_lhs(last));
		work.safe_push(gimple_cond_rhs(last));
	}
	while (!work.is_empty()) {
		tree t = work.pop(), v;
		gimple *def;

		if (TREE_CODE(t) != SSA_NAME)
			continue;
		v = SSA_NAME_VAR(t);
		if (v && TREE_CODE(v) == VAR_DECL && DECL_NAME(v) &&
		    !DECL_ARTIFICIAL(v)) {
			if (!vars.contains(v))
				vars.safe_push(v);
			continue;
		}
		def = SSA_NAME_DEF_STMT(t);
		if (is_gimple_assign(def)) {
			gone.add(def);
			for (i = 1; i < gimple_num_ops(def); i++)
				work.safe_push(gimple_op(def, i));
		} else if (gimple_call_builtin_p(def, BUILT_IN_EXPECT) &&
			   gimple_call_num_args(def) > 0) {
			gone.add(def);
			work.safe_push(gimple_call_arg(def, 0));
		}
	}
	for (i = 0; i < vars.length(); i++)
		if (!gz_fix_unused_var(fn, f, &gone, vars[i],
				       GZ_VAR_PLAIN))
			return false;
	return true;
}

/* The fix-its of a convert finding: the conversion, or nothing. */
void gz_fixits(struct gz_fn *fn, struct gz_origin *o,
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
	if (z && ze->addr >= 0 && (unsigned int)ze->addr < gimple_call_num_args(z))
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
	    (unsigned int)ae->addr < gimple_call_num_args(o->stmt) &&
	    ze->addr < za.nargs) {
		tree aaddr = gimple_call_arg(o->stmt, ae->addr);

		if (!gz_same_value(aaddr, zaddr) &&
		    gz_aligned_from(aaddr, zaddr) &&
		    gz_fix_unused_addr(fn, f, o, aaddr))
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
	if (ok && gz_removal_span(&za, gz_pure_call, &span)) {
		struct gz_span note;

		gz_add_fixit(f, GZ_FIX_REMOVE, zc->loc, &span, NULL);
		if (z && span.line < za.stmt.line &&
		    !gz_fix_cond_vars(fn, f, z, za.file, span.line,
				      za.stmt.line))
			ok = false;
		/* the comment that describes the zeroing goes with it */
		if (gz_comment_above(za.file, span.line, &note))
			gz_add_fixit(f, GZ_FIX_REMOVE, zc->loc, &note, NULL);
	} else {
		ok = false;
	}
	if (ok && z && ze->object == GZ_KADDR)
		ok = gz_fix_mapping(fn, f, z, gimple_call_arg(z, ze->obj));
	else if (ok && z) {
		hash_set<gimple *> gone;

		gone.add(z);
		ok = gz_fix_alias(fn, f, &gone, gimple_call_arg(z, ze->obj));
	}
	f->fixits_ok = ok;
	gz_free_args(&za);
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
 * raw PARAM->FIELD the caller passed it: give the allocation the raw one,
 * and remove the aligned address's variable if that leaves it unused
 * (gz_fix_unused_addr(); the aligned address stays if it cannot go).
 */
void gz_fix_callee_addr(struct gz_fn *fn, struct gz_origin *o,
			struct gz_finding *f,
			const struct gz_summary *s, gimple *call)
{
	const struct gz_alloc_entry *ae = o->call.alloc;
	tree aaddr, x, base, field, arg;
	struct gz_args ca;
	char *text;

	if (!f->fixits_ok || s->addr_param < 0 || ae->addr < 0 ||
	    ae->addr >= o->args.nargs ||
	    (unsigned int)ae->addr >= gimple_call_num_args(o->stmt) ||
	    (unsigned int)s->addr_param >= gimple_call_num_args(call))
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
	if (s->addr_param < ca.nargs &&
	    gz_fix_unused_addr(fn, f, o, gimple_call_arg(o->stmt, ae->addr))) {
		text = gz_subst_ident(s->addr_text, s->param_name,
				      ca.text[s->addr_param]);
		gz_add_fixit(f, GZ_FIX_REPLACE, o->call.loc,
			     &o->args.arg[ae->addr], text);
		free(text);
	}
	gz_free_args(&ca);
}
