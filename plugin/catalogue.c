// SPDX-License-Identifier: GPL-2.0-only
/*
 * Recognising calls through the catalogue (include/gfpzero_catalogue.h):
 * its X-macros become the tables here, so the plugin knows what the
 * semantic patch knows, from one list.
 *
 * A call is known by the outermost catalogue name in its macro expansion
 * chain: the source may spell vma_alloc_folio() while GCC sees
 * vma_alloc_folio_noprof() inside alloc_hooks(), or spell
 * clear_user_highpage() while GCC sees an indirect call through
 * cpu_user on multi-CPU ARM builds.
 */
#include "gfpzero.h"

/* a catalogue name as a string, for the lists of names */
#define GZ_NAME(n) #n

/*
 * Each table includes the catalogue with the one GFPZ_*() macro it
 * wants defined; the catalogue reads every other one as nothing and
 * undoes its own defaults at its end (smatch's check_list.h form).
 */
static const struct gz_alloc_entry gz_allocs[] = {
#define GFPZ_ALLOC(n, ar, k, o, g, ord, ad, ua) \
	{ #n, ar, GZ_##k, GZ_##o, g, ord, ad, ua },
#include "gfpzero_catalogue.h"
#undef GFPZ_ALLOC
};

static const struct gz_zero_entry gz_zeros[] = {
#define GFPZ_ZERO(n, ob, kind, ad, val, len, ext) \
	{ #n, ob, GZ_##kind, ad, val, len, GZ_##ext },
#include "gfpzero_catalogue.h"
#undef GFPZ_ZERO
};

static const struct gz_map_entry gz_maps[] = {
#define GFPZ_MAP(n, ob, off) { #n, ob, off },
#include "gfpzero_catalogue.h"
#undef GFPZ_MAP
};

static const struct gz_map_entry gz_sames[] = {
#define GFPZ_SAME(n, ob, idx) { #n, ob, idx },
#include "gfpzero_catalogue.h"
#undef GFPZ_SAME
};

static const struct gz_guard_entry gz_guards[] = {
#define GFPZ_GUARD(n, when) { #n, when },
#include "gfpzero_catalogue.h"
#undef GFPZ_GUARD
};

static const char *const gz_unmaps[] = {
#define GFPZ_UNMAP(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_UNMAP
	NULL
};

static const char *const gz_publishers[] = {
#define GFPZ_PUBLISH(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_PUBLISH
	NULL
};

static const char *const gz_releases[] = {
#define GFPZ_RELEASE(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_RELEASE
	NULL
};

static const char *const gz_hints[] = {
#define GFPZ_HINT(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_HINT
	NULL
};

static const char *const gz_aligns[] = {
#define GFPZ_ALIGN(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_ALIGN
	NULL
};

static const char *const gz_gfp_zero[] = {
#define GFPZ_GFP_ZERO(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_GFP_ZERO
	NULL
};

static const char *const gz_no_user_addr[] = {
#define GFPZ_NO_USER_ADDR(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_NO_USER_ADDR
	NULL
};

static const char *const gz_suffixes[] = {
#define GFPZ_STRIP_SUFFIX(n) GZ_NAME(n),
#include "gfpzero_catalogue.h"
#undef GFPZ_STRIP_SUFFIX
	NULL
};

/* lengths that are the whole page or folio: NAME alone, or NAME( */
static const struct gz_extent_entry {
	const char *name;
	bool call;
} gz_extents[] = {
#define GFPZ_EXTENT(n, form) { GZ_NAME(n), GZ_EXTENT_##form },
#define GZ_EXTENT_NAME false
#define GZ_EXTENT_CALL true
#include "gfpzero_catalogue.h"
#undef GFPZ_EXTENT
	{ NULL, false }
};

/*
 * The model's words: check names and actions, reason names and texts,
 * message templates.
 */
static const struct gz_check_entry {
	const char *name;
	bool convert;
} gz_checks[GZ_NR_CHECKS] = {
#define GFPZ_CHECK(id, name, action) \
	[GZ_##id] = { name, GZ_ACTION_##action },
#define GZ_ACTION_CONVERT true
#define GZ_ACTION_REPORT false
#include "gfpzero_catalogue.h"
#undef GFPZ_CHECK
};

static const struct gz_reason_entry {
	const char *name;
	const char *text;
} gz_reasons[GZ_NR_REASONS] = {
	[GZ_R_NONE] = { NULL, "" },
#define GFPZ_REASON(id, name, text) \
	[GZ_R_##id] = { name, text },
#include "gfpzero_catalogue.h"
#undef GFPZ_REASON
};

static const char *const gz_messages[GZ_NR_MESSAGES] = {
#define GFPZ_MESSAGE(id, text) \
	[GZ_M_##id] = text,
#include "gfpzero_catalogue.h"
#undef GFPZ_MESSAGE
};

const char *gz_check_name(enum gz_check c)
{
	return gz_checks[c].name;
}

bool gz_check_converts(enum gz_check c)
{
	return gz_checks[c].convert;
}

const char *gz_reason_name(enum gz_reason r)
{
	return gz_reasons[r].name;
}

const char *gz_reason_text(enum gz_reason r)
{
	return gz_reasons[r].text;
}

const char *gz_message(enum gz_message m)
{
	return gz_messages[m];
}

/* Is the text T, of LEN bytes, a whole-page length (PAGE_SIZE, folio_size(...))? */
bool gz_whole_extent(const char *t, size_t len)
{
	const struct gz_extent_entry *e;
	size_t n;

	for (e = gz_extents; e->name; e++) {
		n = strlen(e->name);
		if (len < n || memcmp(t, e->name, n))
			continue;
		if (e->call ? len > n && t[n] == '(' : len == n)
			return true;
	}
	return false;
}

static bool gz_in_list(const char *const *list, const char *s, size_t len)
{
	for (; *list; list++)
		if (strlen(*list) == len && !memcmp(*list, s, len))
			return true;
	return false;
}

bool gz_is_gfp_zero_name(const char *s, size_t len)
{
	return gz_in_list(gz_gfp_zero, s, len);
}

bool gz_is_no_user_addr_name(const char *s, size_t len)
{
	return gz_in_list(gz_no_user_addr, s, len);
}

bool gz_is_guard_name(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(gz_guards); i++)
		if (strlen(gz_guards[i].name) == len &&
		    !memcmp(gz_guards[i].name, s, len))
			return true;
	return false;
}

/* likely(), unlikely(): a branch hint around a condition */
bool gz_is_hint_name(const char *s, size_t len)
{
	return gz_in_list(gz_hints, s, len);
}

/* ALIGN_DOWN(), round_down(): rounds an address, and does nothing else */
bool gz_is_align_name(const char *s, size_t len)
{
	return gz_in_list(gz_aligns, s, len);
}

/* vma_alloc_folio_noprof -> vma_alloc_folio */
const char *gz_strip_suffix(const char *name, char *buf, size_t size)
{
	size_t n = strlen(name), i;

	for (i = 0; gz_suffixes[i]; i++) {
		size_t s = strlen(gz_suffixes[i]);

		if (n > s && n - s < size &&
		    !strcmp(name + n - s, gz_suffixes[i])) {
			memcpy(buf, name, n - s);
			buf[n - s] = '\0';
			return buf;
		}
	}
	return name;
}

/*
 * Look a name up in every table; nargs picks between API eras (-2: any
 * entry of that name, to ask whether the name is known at all).
 */
static bool gz_lookup(const char *raw, int nargs, struct gz_call *out)
{
	char buf[128];
	const char *name = gz_strip_suffix(raw, buf, sizeof(buf));
	const struct gz_alloc_entry *any = NULL;
	size_t i;

	memset(out, 0, sizeof(*out));
	for (i = 0; i < ARRAY_SIZE(gz_allocs); i++) {
		if (strcmp(gz_allocs[i].name, name))
			continue;
		if (gz_allocs[i].arity == nargs || nargs == -2) {
			any = &gz_allocs[i];
			break;
		}
		if (gz_allocs[i].arity < 0 && !any)
			any = &gz_allocs[i];
	}
	if (any) {
		out->role = GZ_ROLE_ALLOC;
		out->alloc = any;
		out->name = any->name;
		return true;
	}
	for (i = 0; i < ARRAY_SIZE(gz_zeros); i++)
		if (!strcmp(gz_zeros[i].name, name)) {
			out->role = GZ_ROLE_ZERO;
			out->zero = &gz_zeros[i];
			out->name = gz_zeros[i].name;
			return true;
		}
	for (i = 0; i < ARRAY_SIZE(gz_maps); i++)
		if (!strcmp(gz_maps[i].name, name)) {
			out->role = GZ_ROLE_MAP;
			out->map = &gz_maps[i];
			out->name = gz_maps[i].name;
			return true;
		}
	for (i = 0; i < ARRAY_SIZE(gz_sames); i++)
		if (!strcmp(gz_sames[i].name, name)) {
			out->role = GZ_ROLE_SAME;
			out->map = &gz_sames[i];
			out->name = gz_sames[i].name;
			return true;
		}
	for (i = 0; i < ARRAY_SIZE(gz_guards); i++)
		if (!strcmp(gz_guards[i].name, name)) {
			out->role = GZ_ROLE_GUARD;
			out->guard = &gz_guards[i];
			out->name = gz_guards[i].name;
			return true;
		}
	if (gz_in_list(gz_unmaps, name, strlen(name)))
		out->role = GZ_ROLE_UNMAP;
	else if (gz_in_list(gz_publishers, name, strlen(name)))
		out->role = GZ_ROLE_PUBLISH;
	else if (gz_in_list(gz_releases, name, strlen(name)))
		out->role = GZ_ROLE_RELEASE;
	else
		return false;
	out->name = raw;
	return true;
}

/*
 * Is NAME, the text of an identifier GCC keeps (DECL_NAME, a macro's
 * name), in the catalogue at all?  Nearly every call of a kernel unit,
 * and every macro its calls come through, names nothing in it, and the
 * tables are searched by string; GCC keeps one copy of each
 * identifier's text, so the answer is kept by its address.  Never for
 * text in a buffer of our own.
 */
#define GZ_NAME_CACHE	4096
#define GZ_NAME_PROBES	8

static struct {
	const char *name;
	bool known;
} gz_name_cache[GZ_NAME_CACHE];

static bool gz_known_name(const char *name)
{
	size_t h = ((uintptr_t)name >> 3) & (GZ_NAME_CACHE - 1);
	struct gz_call c;
	size_t i, k;

	if (!name)
		return false;
	for (i = 0; i < GZ_NAME_PROBES; i++) {
		k = (h + i) & (GZ_NAME_CACHE - 1);
		if (gz_name_cache[k].name == name)
			return gz_name_cache[k].known;
		if (!gz_name_cache[k].name) {
			gz_name_cache[k].name = name;
			gz_name_cache[k].known = gz_lookup(name, -2, &c);
			return gz_name_cache[k].known;
		}
	}
	return gz_lookup(name, -2, &c);
}

/* A catalogue call by name alone (any arity). */
bool gz_catalogue_name(const char *name, struct gz_call *out)
{
	return gz_lookup(name, -2, out);
}

static const char *const gz_kind_names[] = {
	[GZ_USER] = "USER", [GZ_ZEROED] = "ZEROED", [GZ_SERIES] = "SERIES",
	[GZ_NOADDR] = "NOADDR", [GZ_POOL] = "POOL",
};

const char *gz_kind_name(enum gz_alloc_kind kind)
{
	return gz_kind_names[kind];
}

bool gz_kind_from_name(const char *name, enum gz_alloc_kind *kind)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(gz_kind_names); i++)
		if (!strcmp(gz_kind_names[i], name)) {
			*kind = (enum gz_alloc_kind)i;
			return true;
		}
	return false;
}

/*
 * Classify a call.  The argument count decides between API eras; for a
 * source spelling that hides the real call (a macro with other
 * arguments), the count is taken from the source text.
 */
bool gz_classify_call(gimple *stmt, struct gz_call *out)
{
	location_t loc = gimple_location(stmt), best_loc = UNKNOWN_LOCATION;
	tree fndecl = gimple_call_fndecl(stmt);
	struct gz_call c, best;
	bool found = false, exact = false, named = false;
	unsigned char pending = 0;
	const char *mname;
	struct gz_args a;
	int nargs;
	int guard = 0;

	memset(&best, 0, sizeof(best));
	if (fndecl && DECL_NAME(fndecl) &&
	    gz_known_name(IDENTIFIER_POINTER(DECL_NAME(fndecl))) &&
	    gz_lookup(IDENTIFIER_POINTER(DECL_NAME(fndecl)),
		      gimple_call_num_args(stmt), &c)) {
		best = c;
		best_loc = gz_spelling(loc);
		found = true;
		named = true;
		/* whether the location names this call: gz_call_settle() */
		pending = GZ_SETTLE_EXACT;
	}
	/* a macro can hide the call: the outermost catalogue name wins */
	while (loc != UNKNOWN_LOCATION && guard++ < 32) {
		location_t sp;
		const line_map *map;

		loc = get_pure_location(line_table, loc);
		if (!linemap_location_from_macro_expansion_p(line_table, loc))
			break;
		map = linemap_lookup(line_table, loc);
		/* the macro being expanded, as the source names it there */
		mname = linemap_map_get_macro_name(linemap_check_macro(map));
		loc = linemap_unwind_toward_expansion(line_table, loc, &map);
		if (!gz_known_name(mname) || !gz_lookup(mname, -2, &c))
			continue;
		sp = gz_spelling(loc);
		nargs = gimple_call_num_args(stmt);
		/* the source's argument count picks the API era */
		if (c.role == GZ_ROLE_ALLOC &&
		    gz_read_call(gz_ident_loc(sp), &a)) {
			nargs = a.nargs;
			gz_free_args(&a);
		}
		if (gz_lookup(mname, nargs, &c)) {
			best = c;
			best_loc = sp;
			found = true;
			exact = true;
			/* the name's own location: gz_call_settle() */
			pending = GZ_SETTLE_LOC;
		}
	}
	if (!found)
		return false;
	*out = best;
	out->loc = best_loc;
	out->exact = exact;
	out->hidden = !named;
	out->pending = pending;
	return true;
}

/*
 * GCC may give a call nested in another's arguments the outer call's
 * location: trust it only if it names the call; then, or for a call
 * known by the macro it comes through, move to the name itself.
 * Reading the source for that costs more than the rest of the pass, so
 * it is done only for the calls of a function that allocates or zeroes.
 */
void gz_call_settle(struct gz_call *c)
{
	char name[128], buf[128];

	if (c->pending == GZ_SETTLE_EXACT)
		c->exact = gz_ident_at(c->loc, name, sizeof(name)) &&
			   !strcmp(gz_strip_suffix(name, buf, sizeof(buf)),
				   c->name);
	if (c->pending && c->exact)
		c->loc = gz_ident_loc(c->loc);
	c->pending = 0;
}
