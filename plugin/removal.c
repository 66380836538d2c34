// SPDX-License-Identifier: GPL-2.0-only
/*
 * What a fix-it removes with a statement, read from the source text: the
 * statement's own lines, an "if" that it would leave empty (when its
 * condition has no side effects), the comment block above it, a line's
 * tail, a declaration with an initialiser that computes and does nothing
 * else.  The text around a statement is scanned backwards and forwards
 * over blanks and comments, never more than GZ_MAX_LINES lines away.
 * Which calls a removable condition may hold is the caller's knowledge
 * (the catalogue's, in fixit.c), handed in.
 */
#include "gfpzero.h"

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
 * Has an initialiser with this TEXT no side effect its text shows: no
 * assignment, ++ or --, nothing volatile, no call but of functions for
 * which PURE_CALL holds (sizeof aside), and no ?:, && or || (which GCC
 * makes branches of), no braces, strings or characters?
 */
static bool gz_pure_init(const char *text,
			 bool (*pure_call)(const char *, size_t))
{
	const char *p;

	for (p = text; *p; ) {
		if (ISALNUM(*p) || *p == '_') {
			const char *w = p;
			size_t wlen;

			while (ISALNUM(*p) || *p == '_')
				p++;
			wlen = p - w;
			if (ISDIGIT(*w))
				continue;	/* 1UL, 0x1f */
			if (wlen == 8 && !memcmp(w, "volatile", 8))
				return false;
			while (ISSPACE(*p))
				p++;
			if (*p == '(' && !pure_call(w, wlen) &&
			    !(wlen == 6 && !memcmp(w, "sizeof", 6)))
				return false;
			continue;
		}
		if (strchr("+-&|", *p) && p[1] == *p)
			return false;
		if (strchr("?{}\"'", *p))
			return false;
		if (*p == '=' && p[1] == '=') {
			p += 2;
			continue;
		}
		/* "!=", "<=", ">=" compare; "=", "+=", "<<=" assign */
		if (*p == '=' && (p == text || !strchr("!<>", p[-1]) ||
				  (p - 1 > text && p[-2] == p[-1])))
			return false;
		p++;
	}
	return true;
}

/*
 * The declaration "T NAME = INIT;" whose NAME is at (LINE, COL) of FILE,
 * as it can go once NAME has no use: on lines of its own, NAME its only
 * declarator, INIT without a comment and without a side effect its text
 * shows (gz_pure_init(), PURE_CALL the calls it may make).  False for
 * any other declaration, one without an initialiser too.  What macros
 * expand to is the caller's to check.  cocci/engine/source.py
 * gz_init_decl decides the same from the same text.
 */
bool gz_init_decl_span(const char *file, int line, int col, const char *name,
		       bool (*pure_call)(const char *, size_t),
		       struct gz_span *out)
{
	struct gz_text text = { NULL, 0, 0 };
	int len, n = strlen(name), first = 1, l = line, c, depth = 0;
	const char *s = gz_line(file, line, &len);
	bool ok = false;

	if (!s || col < 1 || col + n - 1 > len ||
	    strncmp(s + col - 1, name, n))
		return false;
	while (first < col && ISSPACE(s[first - 1]))
		first++;
	for (int i = first; i < col; i++)
		if (strchr(",;(){}=", s[i - 1]))
			return false;	/* "int a, b = 0;": leave it */
	c = col - 1 + n;		/* 0-based, past the name */
	while (c < len && ISSPACE(s[c]))
		c++;
	if (c >= len || s[c] != '=' || (c + 1 < len && s[c + 1] == '='))
		return false;
	gz_text_add(&text, ' ');
	for (c++; ; c++) {
		if (c >= len) {
			if (l - line >= GZ_MAX_LINES)
				goto out;
			s = gz_line(file, ++l, &len);
			if (!s)
				goto out;
			c = -1;
			gz_text_add(&text, ' ');
			continue;
		}
		if (s[c] == '/' && c + 1 < len &&
		    (s[c + 1] == '/' || s[c + 1] == '*'))
			goto out;
		if (s[c] == '(' || s[c] == '[')
			depth++;
		else if (s[c] == ')' || s[c] == ']')
			depth--;
		else if (depth == 0 && s[c] == ',')
			goto out;
		else if (depth == 0 && s[c] == ';')
			break;
		gz_text_add(&text, s[c]);
	}
	if (!gz_blank(s, c + 1, len))
		goto out;
	ok = gz_pure_init(text.s, pure_call);
	out->line = line;
	out->col = first;
	out->eline = l;
	out->ecol = c + 1;
out:
	free(text.s);
	return ok;
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
