// SPDX-License-Identifier: GPL-2.0-only
/*
 * Reading the source text behind a location: its lines, GCC's column
 * for it, the identifier there, a call's arguments and its statement.
 *
 * GIMPLE keeps no location for constant arguments and none for the text
 * of a macro's arguments, so the argument texts, the statement's extent
 * (for fix-its) and flag names such as __GFP_ZERO are read from the
 * source files themselves.  GCC keeps a line cache for its diagnostics,
 * but its interface changed in GCC 14, 15 and 16; the files are the same
 * with every GCC.  Only files of functions that allocate or zero are read.
 */
#include "gfpzero.h"

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

/* Add CH to a growing text (gfpzero.h). */
void gz_text_add(struct gz_text *t, char ch)
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
