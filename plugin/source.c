// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading the source text behind a location.
 *
 * GIMPLE keeps no location for constant arguments and none for the text
 * of a macro's arguments, so the argument texts, the statement's extent
 * (for fix-its) and flag names such as __GFP_ZERO are read from the
 * source files themselves.  GCC keeps a line cache for its diagnostics,
 * but its interface changed in GCC 14, 15 and 16; the files are the same
 * with every GCC.  Only files of functions that allocate or zero are read.
 */
#include "gfpzero.h"

#define GZ_MAX_LINES 16
#define GZ_TABSTOP 8		/* GCC's default -ftabstop */

/* A source file read whole, with where each of its lines starts. */
struct gz_source {
	struct gz_source *next;
	char *path;
	char *text;		/* NULL: unreadable */
	int nlines;
	int *start;		/* nlines + 1 offsets */
};

static struct gz_source *gz_sources;

static void gz_source_read(struct gz_source *f)
{
	size_t size = 0, cap = 1 << 16, n;
	FILE *fp = fopen(f->path, "rb");
	int i, cap_lines = 1024;

	if (!fp)
		return;
	f->text = XNEWVEC(char, cap);
	while ((n = fread(f->text + size, 1, cap - size, fp)) > 0) {
		size += n;
		if (size == cap) {
			cap *= 2;
			f->text = XRESIZEVEC(char, f->text, cap);
		}
	}
	fclose(fp);
	f->start = XNEWVEC(int, cap_lines);
	f->start[0] = 0;
	for (i = 0; i < (int)size; i++) {
		if (f->text[i] != '\n')
			continue;
		if (++f->nlines + 1 >= cap_lines) {
			cap_lines *= 2;
			f->start = XRESIZEVEC(int, f->start, cap_lines);
		}
		f->start[f->nlines] = i + 1;
	}
	if (size && f->text[size - 1] != '\n')
		f->start[++f->nlines] = size + 1;	/* a last line, unended */
}

/*
 * Line LINE (1-based) of FILE, without its newline, and its length in
 * *LEN; NULL when there is no such line or file.  The text stays valid
 * for the whole compilation.
 */
const char *gz_source_line(const char *file, int line, int *len)
{
	struct gz_source *f;
	int n;

	*len = 0;
	if (!file || line < 1)
		return NULL;
	for (f = gz_sources; f; f = f->next)
		if (!strcmp(f->path, file))
			break;
	if (!f) {
		f = XCNEW(struct gz_source);
		f->path = xstrdup(file);
		gz_source_read(f);
		f->next = gz_sources;
		gz_sources = f;
	}
	if (!f->text || line > f->nlines)
		return NULL;
	n = f->start[line] - f->start[line - 1] - 1;
	if (n > 0 && f->text[f->start[line - 1] + n - 1] == '\r')
		n--;
	*len = n;
	return f->text + f->start[line - 1];
}

/*
 * The column GCC prints for X: tabs expanded, a multibyte character
 * counted once (-fdiagnostics-column-unit=display, the default since
 * GCC 11).  Counted here rather than by GCC, whose function for it moved
 * into the diagnostic context in GCC 14.
 */
int gz_column(expanded_location x)
{
	int len, i, col = 0;
	const char *s = gz_source_line(x.file, x.line, &len);

	if (!s || x.column <= 0)
		return x.column;
	for (i = 0; i < x.column - 1 && i < len; i++) {
		if (s[i] == '\t')
			col += GZ_TABSTOP - col % GZ_TABSTOP;
		else if ((s[i] & 0xc0) != 0x80)
			col++;
	}
	return col + 1 + (x.column - 1 - i);
}

location_t gz_spelling(location_t loc)
{
	return linemap_resolve_location(line_table, loc,
					LRK_SPELLING_LOCATION, NULL);
}

/*
 * A location for (line, col) in the file of ANCHOR, or UNKNOWN_LOCATION
 * when the line map cannot express it exactly.
 */
location_t gz_location(location_t anchor, int line, int col)
{
	const line_map_ordinary *map;
	expanded_location a, x;
	location_t l;

	anchor = gz_spelling(anchor);
	if (anchor <= BUILTINS_LOCATION || col <= 0)
		return UNKNOWN_LOCATION;
	a = expand_location(anchor);
	map = linemap_check_ordinary(linemap_lookup(line_table, anchor));
	if (line < (int)ORDINARY_MAP_STARTING_LINE_NUMBER(map))
		return UNKNOWN_LOCATION;
	l = linemap_position_for_line_and_column(line_table, map, line, col);
	x = expand_location(l);
	if (!x.file || strcmp(x.file, a.file) || x.line != line ||
	    x.column != col)
		return UNKNOWN_LOCATION;
	return l;
}

/* The identifier written at (or, for a '(' location, just before) LOC. */
bool gz_ident_at(location_t loc, char *buf, size_t size)
{
	expanded_location x = expand_location(loc);
	const char *s;
	int len, col, start;

	if (!x.file || x.line <= 0 || x.column <= 0)
		return false;
	s = gz_source_line(x.file, x.line, &len);
	col = x.column - 1;
	if (!s || col >= len)
		return false;
	if (s[col] == '(') {
		while (col > 0 && ISSPACE(s[col - 1]))
			col--;
		start = col;
		while (start > 0 && (ISALNUM(s[start - 1]) || s[start - 1] == '_'))
			start--;
	} else {
		start = col;
		while (col < len && (ISALNUM(s[col]) || s[col] == '_'))
			col++;
	}
	if (col - start <= 0 || (size_t)(col - start) >= size)
		return false;
	memcpy(buf, s + start, col - start);
	buf[col - start] = '\0';
	return true;
}

/* LOC, or for a '(' location the identifier just before it. */
location_t gz_ident_loc(location_t loc)
{
	expanded_location x = expand_location(loc);
	const char *s;
	int col, len;

	if (!x.file || x.line <= 0 || x.column <= 0)
		return loc;
	s = gz_source_line(x.file, x.line, &len);
	col = x.column - 1;
	if (!s || col >= len || s[col] != '(')
		return loc;
	while (col > 0 && ISSPACE(s[col - 1]))
		col--;
	while (col > 0 && (ISALNUM(s[col - 1]) || s[col - 1] == '_'))
		col--;
	return gz_location(loc, x.line, col + 1);
}

/* A cursor over a few source lines. */
struct gz_cursor {
	const char *file;
	int line, col;			/* 1-based */
	const char *s;
	int len;
	int lines_read;
};

static bool gz_cursor_load(struct gz_cursor *c)
{
	c->s = gz_source_line(c->file, c->line, &c->len);
	return c->s != NULL;
}

/* The current character, or '\0' at end of file; '\n' between lines. */
static char gz_peek(struct gz_cursor *c)
{
	if (!c->s)
		return '\0';
	if (c->col > c->len)
		return '\n';
	return c->s[c->col - 1];
}

static bool gz_next(struct gz_cursor *c)
{
	if (c->col <= c->len) {
		c->col++;
		return true;
	}
	if (++c->lines_read > GZ_MAX_LINES)
		return false;
	c->line++;
	c->col = 1;
	return gz_cursor_load(c);
}

static void gz_skip_space(struct gz_cursor *c)
{
	char ch;

	while ((ch = gz_peek(c)) && (ch == '\n' || ISSPACE(ch)))
		if (!gz_next(c))
			return;
}

/*
 * A text that grows as it is read: an argument, a statement, a
 * condition.  Source text has no length limit a fixed buffer could hold
 * (a cut argument would be a wrong fix-it, a cut condition a wrong
 * verdict on whether a removed "if" has side effects).
 */
struct gz_text {
	char *s;
	size_t n, size;
};

static void gz_text_add(struct gz_text *t, char ch)
{
	if (t->n + 2 > t->size) {
		t->size = t->size ? 2 * t->size : 128;
		t->s = XRESIZEVEC(char, t->s, t->size);
	}
	t->s[t->n++] = ch;
	t->s[t->n] = '\0';
}

/* The text so far, a string the caller owns; T starts again. */
static char *gz_text_take(struct gz_text *t)
{
	char *s = t->s ? t->s : xstrdup("");

	memset(t, 0, sizeof(*t));
	return s;
}

/* Append CH to a growing text, squeezing whitespace runs to one space. */
static void gz_put(struct gz_text *t, char ch)
{
	if (ch == '\n' || ch == '\t')
		ch = ' ';
	if (ch == ' ' && (t->n == 0 || t->s[t->n - 1] == ' '))
		return;
	gz_text_add(t, ch);
}

static void gz_trim(struct gz_text *t)
{
	while (t->n && t->s[t->n - 1] == ' ')
		t->s[--t->n] = '\0';
}

void gz_free_args(struct gz_args *a)
{
	int i;

	for (i = 0; i < a->nargs && i < GZ_MAX_ARGS; i++)
		free(a->text[i]);
	a->nargs = 0;
}

/*
 * Parse "name ( arg, arg, ... ) ;" starting at LOC (the name).  Fills the
 * argument spans and texts and the statement span (name to ';', or to
 * the ')' when no ';' follows directly).
 */
bool gz_read_call(location_t loc, struct gz_args *out)
{
	expanded_location x = expand_location(gz_spelling(loc));
	struct gz_cursor c;
	struct gz_text buf = { NULL, 0, 0 };
	int depth = 0, start_line = 0, start_col = 0;
	char ch, quote = 0;
	bool ok = false;

	memset(out, 0, sizeof(*out));
	if (!x.file || x.line <= 0 || x.column <= 0)
		return false;
	memset(&c, 0, sizeof(c));
	c.file = x.file;
	c.line = x.line;
	c.col = x.column;
	if (!gz_cursor_load(&c))
		return false;
	out->file = x.file;
	out->name.line = c.line;
	out->name.col = c.col;
	while ((ch = gz_peek(&c)) && (ISALNUM(ch) || ch == '_'))
		if (!gz_next(&c))
			return false;
	if (c.col == out->name.col)
		return false;
	out->name.eline = c.line;
	out->name.ecol = c.col - 1;
	gz_skip_space(&c);
	if (gz_peek(&c) != '(')
		return false;
	gz_next(&c);
	for (;;) {
		gz_skip_space(&c);
		ch = gz_peek(&c);
		if (!ch)
			goto out;
		if (depth == 0 && !quote && (ch == ',' || ch == ')')) {
			if (buf.n || out->nargs) {
				if (out->nargs >= GZ_MAX_ARGS || !start_line)
					goto out;
				gz_trim(&buf);
				out->text[out->nargs] = gz_text_take(&buf);
				out->nargs++;
			}
			buf.n = 0;
			start_line = 0;
			if (ch == ')')
				break;
			gz_next(&c);
			continue;
		}
		if (!start_line) {
			if (out->nargs >= GZ_MAX_ARGS)
				goto out;
			start_line = c.line;
			start_col = c.col;
			out->arg[out->nargs].line = start_line;
			out->arg[out->nargs].col = start_col;
		}
		do {
			ch = gz_peek(&c);
			if (quote) {
				if (ch == '\\') {
					gz_put(&buf, ch);
					gz_next(&c);
					ch = gz_peek(&c);
				} else if (ch == quote) {
					quote = 0;
				}
			} else if (ch == '"' || ch == '\'') {
				quote = ch;
			} else if (ch == '(' || ch == '[' || ch == '{') {
				depth++;
			} else if (ch == ')' || ch == ']' || ch == '}') {
				if (depth == 0)
					break;
				depth--;
			} else if (depth == 0 && ch == ',') {
				break;
			}
			if (out->nargs < GZ_MAX_ARGS && ch != '\n' &&
			    !ISSPACE(ch)) {
				out->arg[out->nargs].eline = c.line;
				out->arg[out->nargs].ecol = c.col;
			}
			gz_put(&buf, ch);
			if (!gz_next(&c))
				goto out;
		} while (gz_peek(&c));
	}
	/* at ')' */
	out->stmt.line = out->name.line;
	out->stmt.col = out->name.col;
	out->stmt.eline = c.line;
	out->stmt.ecol = c.col;
	gz_next(&c);
	gz_skip_space(&c);
	if (gz_peek(&c) == ';') {
		out->stmt.eline = c.line;
		out->stmt.ecol = c.col;
	}
	ok = true;
out:
	free(buf.s);
	if (!ok)
		gz_free_args(out);
	return ok;
}

/* The text of the statement that holds LOC: its line, up to a ';'. */
char *gz_read_stmt_text(location_t loc)
{
	expanded_location x = expand_location(gz_spelling(loc));
	struct gz_cursor c;
	struct gz_text buf = { NULL, 0, 0 };
	char ch;

	if (!x.file || x.line <= 0)
		return NULL;
	memset(&c, 0, sizeof(c));
	c.file = x.file;
	c.line = x.line;
	c.col = 1;
	if (!gz_cursor_load(&c))
		return NULL;
	while ((ch = gz_peek(&c)) && ch != ';') {
		gz_put(&buf, ch);
		if (!gz_next(&c))
			break;
	}
	return gz_text_take(&buf);
}

/* Does TEXT contain an identifier for which PRED holds? */
bool gz_text_has_word(const char *text, bool (*pred)(const char *, size_t))
{
	const char *p = text;

	while (p && *p) {
		if (ISALPHA(*p) || *p == '_') {
			const char *w = p;

			while (ISALNUM(*p) || *p == '_')
				p++;
			if (pred(w, p - w))
				return true;
		} else {
			p++;
		}
	}
	return false;
}

static const char *gz_line(const char *file, int line, int *len)
{
	return gz_source_line(file, line, len);
}

static bool gz_blank(const char *s, int from, int to)
{
	for (; from < to; from++)
		if (!ISSPACE(s[from]))
			return false;
	return true;
}

/* LINE without its surrounding blanks: *S and *LEN. */
static void gz_trimmed(const char *file, int line, const char **s, int *len)
{
	*s = gz_line(file, line, len);
	if (!*s) {
		*s = "";
		*len = 0;
	}
	while (*len > 0 && ISSPACE((*s)[*len - 1]))
		(*len)--;
	while (*len > 0 && ISSPACE(**s)) {
		(*s)++;
		(*len)--;
	}
}

static bool gz_has(const char *s, int len, const char *what)
{
	int n = strlen(what);

	for (int i = 0; i + n <= len; i++)
		if (!memcmp(s + i, what, n))
			return true;
	return false;
}

/*
 * The comment block right above LINE (no blank line between) that starts
 * a piece of code of its own (after a blank line, a ';', '{', '}', a
 * label or another comment): it describes the statement at LINE, and
 * goes when that statement goes.  lib/gfpzero-comments.py decides the
 * same for the semantic patch's conversion.
 */
bool gz_comment_above(const char *file, int line, struct gz_span *out)
{
	const char *s;
	int len, c, k = line - 1;

	if (k < 1)
		return false;
	gz_trimmed(file, k, &s, &len);
	if (len >= 2 && !strncmp(s, "//", 2)) {
		for (c = k; c > 1; c--) {
			gz_trimmed(file, c - 1, &s, &len);
			if (len < 2 || strncmp(s, "//", 2))
				break;
		}
	} else if (len >= 2 && !strncmp(s + len - 2, "*/", 2)) {
		for (c = k; c >= 1; c--) {
			gz_trimmed(file, c, &s, &len);
			if (gz_has(s, len, "/*"))
				break;
			if (c < k && gz_has(s, len, "*/"))
				return false;
		}
		if (c < 1 || len < 2 || strncmp(s, "/*", 2))
			return false;
	} else {
		return false;
	}
	if (c > 1) {
		gz_trimmed(file, c - 1, &s, &len);
		if (len && !strchr(";{}:", s[len - 1]) &&
		    (len < 2 || strncmp(s + len - 2, "*/", 2)))
			return false;
	}
	out->line = c;
	out->col = 1;
	out->eline = k;
	gz_line(file, k, &len);
	s = gz_line(file, k, &len);
	while (len > 0 && ISSPACE(s[len - 1]))
		len--;
	out->ecol = len;
	return len > 0;
}

/* The span of LINE from FROM_COL to its last non-blank character. */
bool gz_line_span(const char *file, int line, int from_col,
		  struct gz_span *out)
{
	int len;
	const char *s = gz_line(file, line, &len);

	if (!s)
		return false;
	while (len > 0 && ISSPACE(s[len - 1]))
		len--;
	if (len < from_col)
		return false;
	out->line = out->eline = line;
	out->col = from_col;
	out->ecol = len;
	return true;
}

/* Step back from (line, col) over blanks to the previous character. */
static bool gz_prev_char(const char *file, int *line, int *col, char *ch)
{
	int len;
	const char *s;

	for (;;) {
		s = gz_line(file, *line, &len);
		if (!s)
			return false;
		if (*col > len + 1)
			*col = len + 1;
		while (*col > 1) {
			(*col)--;
			if (!ISSPACE(s[*col - 1])) {
				*ch = s[*col - 1];
				return true;
			}
		}
		if (*line <= 1)
			return false;
		(*line)--;
		*col = 1 << 20;
	}
}

/* The same, past any comments: what code comes before. */
static bool gz_prev_code_char(const char *file, int *line, int *col, char *ch)
{
	int len, guard = 0;
	const char *s;

	while (gz_prev_char(file, line, col, ch) && guard++ < 64) {
		s = gz_line(file, *line, &len);
		if (*ch != '/' || *col < 2 || s[*col - 2] != '*')
			return true;
		/* the end of a comment: back to its start */
		(*col)--;
		for (;;) {
			while (*col > 1 && !(s[*col - 2] == '/' &&
					     s[*col - 1] == '*'))
				(*col)--;
			if (*col > 1)
				break;
			if (*line <= 1)
				return false;
			(*line)--;
			s = gz_line(file, *line, &len);
			if (!s)
				return false;
			*col = len + 1;
		}
		(*col)--;
	}
	return false;
}

static bool gz_next_char(const char *file, int *line, int *col, char *ch)
{
	int len, guard = 0;
	const char *s;

	for (;;) {
		s = gz_line(file, *line, &len);
		if (!s || guard++ > GZ_MAX_LINES)
			return false;
		while (*col < len) {
			(*col)++;
			if (!ISSPACE(s[*col - 1])) {
				*ch = s[*col - 1];
				return true;
			}
		}
		(*line)++;
		*col = 0;
	}
}

/*
 * Can a condition with this TEXT be dropped with its body: only
 * identifiers, member accesses, negation, comparisons with NULL or 0,
 * and calls of functions for which PURE_CALL holds?
 */
static bool gz_pure_text(const char *text,
			 bool (*pure_call)(const char *, size_t))
{
	const char *p;

	for (p = text; *p; ) {
		if (ISALPHA(*p) || *p == '_') {
			const char *w = p;
			size_t wlen;

			while (ISALNUM(*p) || *p == '_')
				p++;
			wlen = p - w;
			while (*p == ' ')
				p++;
			if (*p == '(' && !pure_call(w, wlen))
				return false;
			continue;
		}
		if (strchr("=+-", *p) && p[1] == *p)
			return false;
		if (*p == '=' && (p == text || !strchr("!=<>", p[-1])) &&
		    p[1] != '=')
			return false;
		p++;
	}
	return true;
}

/*
 * Is the text "if (COND)" before (line, col) a condition that can be
 * dropped with its body?  The whole condition is read, however long
 * and over however many lines, or the answer is no.
 */
static bool gz_pure_condition(const char *file, int line, int col,
			      bool (*pure_call)(const char *, size_t),
			      int *if_line, int *if_col)
{
	struct gz_text text = { NULL, 0, 0 };
	int depth = 1, len;
	const char *s;
	char ch;
	bool pure;

	/* (line, col) is at the ')' closing the condition */
	while (depth > 0) {
		s = gz_line(file, line, &len);
		if (!s)
			goto out;
		while (col > 1 && depth > 0) {
			col--;
			ch = s[col - 1];
			if (ch == ')')
				depth++;
			else if (ch == '(')
				depth--;
			if (depth > 0)
				gz_text_add(&text, ch);
		}
		if (depth > 0) {
			if (line <= 1)
				goto out;
			line--;
			s = gz_line(file, line, &len);
			col = len + 1;
			gz_text_add(&text, ' ');
		}
	}
	/* text is reversed; the keyword must precede the '(' */
	if (!gz_prev_char(file, &line, &col, &ch) || ch != 'f')
		goto out;
	s = gz_line(file, line, &len);
	if (col < 2 || s[col - 2] != 'i' ||
	    (col > 2 && (ISALNUM(s[col - 3]) || s[col - 3] == '_')))
		goto out;
	if (!gz_blank(s, 0, col - 2))
		goto out;
	*if_line = line;
	*if_col = col - 1;
	/* reverse text into order and vet it */
	for (size_t i = 0, j = text.n; i + 1 < j; i++, j--) {
		char t = text.s[i];

		text.s[i] = text.s[j - 1];
		text.s[j - 1] = t;
	}
	pure = gz_pure_text(text.s ? text.s : "", pure_call);
	free(text.s);
	return pure;
out:
	free(text.s);
	return false;
}

/*
 * The text to delete for the statement in A: the statement alone when
 * it fills its lines, or, given PURE_CALL, the whole "if (pure) stmt;"
 * or "if (pure) { stmt; }" that would be left empty, where a pure
 * condition calls only functions for which PURE_CALL holds.  The result
 * may span several lines; the caller deletes each line's part.
 */
bool gz_removal_span(const struct gz_args *a,
		     bool (*pure_call)(const char *, size_t),
		     struct gz_span *out)
{
	int line = a->stmt.line, col = a->stmt.col, len, elen;
	int eline = a->stmt.eline, ecol = a->stmt.ecol;
	int l2 = line, c2 = col, if_line, if_col, tl, tc;
	const char *s = gz_line(a->file, line, &len);
	const char *es = gz_line(a->file, eline, &elen);
	bool alone;
	char ch, nc;

	/* the statement must own its lines */
	if (!s || !es || !gz_blank(es, ecol, elen))
		return false;
	alone = gz_blank(s, 0, col - 1);
	*out = a->stmt;
	if (!gz_prev_code_char(a->file, &l2, &c2, &ch))
		return alone;
	if (ch == ';' || ch == '}' || ch == ':')
		return alone;
	if (ch == '{') {
		int bl = l2, bc = c2, el = eline, ec = ecol;

		if (!pure_call || !gz_prev_char(a->file, &bl, &bc, &ch) ||
		    ch != ')' || !gz_next_char(a->file, &el, &ec, &nc) ||
		    nc != '}' ||
		    !gz_pure_condition(a->file, bl, bc, pure_call,
				       &if_line, &if_col))
			return alone;
		tl = el;
		tc = ec;
		if (gz_next_char(a->file, &tl, &tc, &nc) && nc == 'e')
			return alone;	/* "} else": keep the if */
		tl = el;
		tc = ec;
		es = gz_line(a->file, el, &elen);
		if (!es || !gz_blank(es, ec, elen))
			return alone;
		out->line = if_line;
		out->col = if_col;
		out->eline = el;
		out->ecol = ec;
		return true;
	}
	/* the statement is the body of an if, else, for or while */
	if (ch != ')' || !pure_call ||
	    !gz_pure_condition(a->file, l2, c2, pure_call, &if_line, &if_col))
		return false;
	tl = eline;
	tc = ecol;
	if (gz_next_char(a->file, &tl, &tc, &nc) && nc == 'e')
		return false;
	out->line = if_line;
	out->col = if_col;
	return true;
}
