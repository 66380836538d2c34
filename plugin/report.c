// SPDX-License-Identifier: GPL-2.0-only
/*
 * Findings: buffered per translation unit, then printed, sorted and once
 * each, as GCC diagnostics (with fix-it hints for
 * -fdiagnostics-generate-patch) and appended to the JSON Lines file.
 * The names of the checks and reasons, as every backend spells them, and
 * the JSON writer the inventory shares.  What a finding is, is decided
 * elsewhere (decide.c); this file only keeps and prints it.
 */
#include "gfpzero.h"
#include <fcntl.h>
#include <unistd.h>

bool gz_check_enabled[GZ_NR_CHECKS] = { true, true, true, true };
const char *gz_json_file;
bool gz_severity_error;

static vec<gz_finding *> gz_findings;

/*
 * Removals already handed to GCC in this unit.  Two findings can remove
 * the same zeroing (a static callee with two fresh callers); GCC drops a
 * diagnostic's fix-its if one overlaps an earlier edit.
 */
static vec<location_t> gz_removed;

static bool gz_already_removed(location_t a)
{
	unsigned int i;

	for (i = 0; i < gz_removed.length(); i++)
		if (gz_removed[i] == a)
			return true;
	return false;
}

bool gz_check_from_name(const char *name, size_t len, enum gz_check *out)
{
	int i;

	for (i = 0; i < GZ_NR_CHECKS; i++)
		if (strlen(gz_check_name((enum gz_check)i)) == len &&
		    !memcmp(gz_check_name((enum gz_check)i), name, len)) {
			*out = (enum gz_check)i;
			return true;
		}
	return false;
}

struct gz_finding *gz_new_finding(enum gz_check c, enum gz_reason r)
{
	struct gz_finding *f;

	f = XCNEW(struct gz_finding);
	f->check = c;
	f->reason = r;
	gz_findings.safe_push(f);
	return f;
}

/* Call FN on each finding of the unit so far, in the order found. */
void gz_each_finding(void (*fn)(struct gz_finding *f))
{
	unsigned int i;

	for (i = 0; i < gz_findings.length(); i++)
		fn(gz_findings[i]);
}

void gz_add_fixit(struct gz_finding *f, enum gz_fixit_kind kind,
		  location_t anchor, const struct gz_span *span,
		  const char *text)
{
	struct gz_fixit *x;

	if (f->nfixits >= GZ_MAX_FIXITS) {
		f->nfixits = GZ_MAX_FIXITS + 1;
		return;
	}
	x = &f->fixit[f->nfixits++];
	x->kind = kind;
	x->anchor = anchor;
	x->span = *span;
	x->text = text ? xstrdup(text) : NULL;
}

/* First and last non-blank columns of a line, or false if blank. */
static bool gz_line_extent(location_t anchor, int line, int *first,
			   int *last)
{
	expanded_location x = expand_location(gz_spelling(anchor));
	int len;
	const char *p = gz_source_line(x.file, line, &len);

	if (!p)
		return false;
	*first = 1;
	while (*first <= len && ISSPACE(p[*first - 1]))
		(*first)++;
	*last = len;
	while (*last > 0 && ISSPACE(p[*last - 1]))
		(*last)--;
	return *first <= *last;
}

/* One line's part of a fix-it. */
struct gz_edit {
	location_t a, b;
	enum gz_fixit_kind k;
	const char *t;
};

/*
 * Turn the stored spans into GCC fix-it hints; all or none.  A span may
 * cover any number of lines (a removed "if" with a long condition).
 */
static void gz_apply_fixits(struct gz_finding *f, rich_location *rl)
{
	auto_vec<gz_edit, 16> e;
	int i, line;
	unsigned int j;

	if (!f->fixits_ok || f->nfixits > GZ_MAX_FIXITS)
		return;
	for (i = 0; i < f->nfixits; i++) {
		struct gz_fixit *x = &f->fixit[i];

		for (line = x->span.line; line <= x->span.eline; line++) {
			int first, last;
			struct gz_edit ed;

			if (!gz_line_extent(x->anchor, line, &first, &last))
				return;
			/* a removal that starts the line takes its indent */
			if (line == x->span.line && (x->kind != GZ_FIX_REMOVE ||
						     x->span.col != first))
				first = x->span.col;
			else if (x->kind == GZ_FIX_REMOVE)
				first = 1;
			if (line == x->span.eline)
				last = x->span.ecol;
			if (x->kind == GZ_FIX_INSERT_AFTER)
				first = last;
			ed.a = gz_location(x->anchor, line, first);
			ed.b = gz_location(x->anchor, line, last);
			if (ed.a == UNKNOWN_LOCATION || ed.b == UNKNOWN_LOCATION)
				return;
			ed.k = x->kind;
			ed.t = x->text;
			e.safe_push(ed);
		}
	}
	for (j = 0; j < e.length(); j++) {
		source_range r = source_range::from_locations(e[j].a, e[j].b);

		if (e[j].k == GZ_FIX_REMOVE) {
			if (gz_already_removed(e[j].a))
				continue;
			gz_removed.safe_push(e[j].a);
		}

		switch (e[j].k) {
		case GZ_FIX_INSERT_AFTER:
			rl->add_fixit_insert_after(e[j].b, e[j].t);
			break;
		case GZ_FIX_REMOVE:
			rl->add_fixit_remove(r);
			break;
		case GZ_FIX_REPLACE:
			rl->add_fixit_replace(r, e[j].t);
			break;
		}
	}
}

void gz_json_string(obstack *ob, const char *s)
{
	obstack_1grow(ob, '"');
	for (; s && *s; s++) {
		unsigned char c = *s;

		if (c == '"' || c == '\\') {
			obstack_1grow(ob, '\\');
			obstack_1grow(ob, c);
		} else if (c < 0x20) {
			char buf[8];

			snprintf(buf, sizeof(buf), "\\u%04x", c);
			obstack_grow(ob, buf, strlen(buf));
		} else {
			obstack_1grow(ob, c);
		}
	}
	obstack_1grow(ob, '"');
}

void gz_json_key(obstack *ob, const char *key, bool first)
{
	if (!first)
		obstack_1grow(ob, ',');
	gz_json_string(ob, key);
	obstack_1grow(ob, ':');
}

void gz_json_int(obstack *ob, const char *key, int v)
{
	char buf[24];

	gz_json_key(ob, key, false);
	snprintf(buf, sizeof(buf), "%d", v);
	obstack_grow(ob, buf, strlen(buf));
}

/* One JSON object per line, written with one write() under O_APPEND. */
void gz_json_append(const char *line)
{
	int fd = open(gz_json_file, O_WRONLY | O_APPEND | O_CREAT, 0644);

	if (fd < 0) {
		error("gfpzero: cannot open %qs: %m", gz_json_file);
		return;
	}
	if (write(fd, line, strlen(line)) != (ssize_t)strlen(line))
		error("gfpzero: cannot write %qs: %m", gz_json_file);
	close(fd);
}

static void gz_json_write(struct gz_finding *f)
{
	expanded_location z = expand_location(gz_spelling(f->loc));
	expanded_location a = expand_location(gz_spelling(f->alloc_loc));
	obstack ob;

	obstack_init(&ob);
	obstack_1grow(&ob, '{');
	gz_json_key(&ob, "check", true);
	gz_json_string(&ob, gz_check_name(f->check));
	gz_json_key(&ob, "action", false);
	gz_json_string(&ob, gz_check_converts(f->check) ? "convert" : "report");
	gz_json_key(&ob, "file", false);
	gz_json_string(&ob, z.file);
	gz_json_int(&ob, "line", z.line);
	gz_json_int(&ob, "column", gz_column(z));
	gz_json_key(&ob, "function", false);
	gz_json_string(&ob, f->function);
	gz_json_key(&ob, "backend", false);
	gz_json_string(&ob, "plugin");
	gz_json_key(&ob, "message", false);
	gz_json_string(&ob, f->message);
	gz_json_key(&ob, "reason", false);
	if (f->reason == GZ_R_NONE)
		obstack_grow(&ob, "null", 4);
	else
		gz_json_string(&ob, gz_reason_name(f->reason));
	gz_json_key(&ob, "fixit", false);
	if (f->fixits_ok && gz_check_converts(f->check))
		obstack_grow(&ob, "true", 4);
	else
		obstack_grow(&ob, "false", 5);
	gz_json_key(&ob, "alloc", false);
	obstack_1grow(&ob, '{');
	gz_json_key(&ob, "file", true);
	gz_json_string(&ob, a.file);
	gz_json_int(&ob, "line", a.line);
	gz_json_int(&ob, "column", gz_column(a));
	gz_json_key(&ob, "function", false);
	gz_json_string(&ob, f->alloc_function);
	gz_json_key(&ob, "callee", false);
	gz_json_string(&ob, f->callee);
	obstack_grow(&ob, "}}\n", 3);
	obstack_1grow(&ob, '\0');
	gz_json_append((char *)obstack_finish(&ob));
	obstack_free(&ob, NULL);
}

static int gz_cmp(const void *pa, const void *pb)
{
	const gz_finding *a = *(const gz_finding *const *)pa;
	const gz_finding *b = *(const gz_finding *const *)pb;
	expanded_location x = expand_location(gz_spelling(a->loc));
	expanded_location y = expand_location(gz_spelling(b->loc));
	int c = strcmp(x.file ? x.file : "", y.file ? y.file : "");

	if (c)
		return c;
	if (x.line != y.line)
		return x.line - y.line;
	if (x.column != y.column)
		return x.column - y.column;
	if (a->check != b->check)
		return (int)a->check - (int)b->check;
	x = expand_location(gz_spelling(a->alloc_loc));
	y = expand_location(gz_spelling(b->alloc_loc));
	c = strcmp(x.file ? x.file : "", y.file ? y.file : "");
	if (c)
		return c;
	return x.line != y.line ? x.line - y.line : x.column - y.column;
}

static void gz_emit(struct gz_finding *f)
{
	rich_location rl { line_table, f->loc };
	tree saved_fn = current_function_decl;
	bool werror = gz_werror_get();
	bool shown;

	if (gz_check_converts(f->check))
		gz_apply_fixits(f, &rl);
	current_function_decl = f->fndecl;
	if (gz_severity_error) {
		error_at(&rl, "%s [%s]", f->message, gz_check_name(f->check));
		shown = true;
	} else {
		gz_werror_set(false);
		shown = warning_at(&rl, 0, "%s [%s]", f->message,
				   gz_check_name(f->check));
		gz_werror_set(werror);
	}
	if (shown && f->alloc_loc != f->loc)
		inform(f->alloc_loc, "%qs allocates the %s here", f->callee,
		       f->check == GZ_ZERO_WITHOUT_USER_ADDR ? "page" :
		       "user page");
	current_function_decl = saved_fn;
	if (gz_json_file)
		gz_json_write(f);
}

void gz_emit_findings(void)
{
	unsigned int i;

	for (i = 0; i < gz_findings.length(); i++)
		if (!gz_check_enabled[gz_findings[i]->check]) {
			gz_findings.unordered_remove(i);
			i--;
		}
	gz_findings.qsort(gz_cmp);
	for (i = 0; i < gz_findings.length(); i++) {
		struct gz_finding *f = gz_findings[i];

		/* a static inline in a header is analysed once per user */
		if (i && !gz_cmp(&gz_findings[i - 1], &f))
			continue;
		gz_emit(f);
	}
	for (i = 0; i < gz_findings.length(); i++) {
		struct gz_finding *f = gz_findings[i];

		for (int j = 0; j < f->nfixits && j < GZ_MAX_FIXITS; j++)
			free(f->fixit[j].text);
		free(f->message);
		free(f->shared_message);
		free(f);
	}
	gz_findings.release();
	gz_removed.release();
}
