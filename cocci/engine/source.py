# SPDX-License-Identifier: GPL-2.0-only
#
# source.py: reading the source text around a fact (plugin/source.c):
# the characters before and after a position, whether an if's
# condition can go with its body, how a statement is removed, whether a
# declaration's initialiser only computes, the text of an argument, the
# occurrences of a variable.

import re

from .clex import GZ_CSTART
from .tables import GZ_GUARD, GZ_HINT

GZ_MAX_LINES = 16	# lines a removal spans at most (plugin/gfpzero.h)


def gz_prev_char(ff, line, col):
	# The last non-blank character before (line, col).
	while line >= 1:
		s = ff.line(line)
		c = min(col, len(s)) - 1
		while c >= 0:
			if not s[c].isspace():
				return (line, c, s[c])
			c -= 1
		line -= 1
		col = 1 << 20
	return None


def gz_prev_code_char(ff, line, col):
	# The same, past any comments: what code comes before.
	for _ in range(64):
		p = gz_prev_char(ff, line, col)
		if p is None or p[2] != "/" or p[1] < 1 or \
		   ff.line(p[0])[p[1] - 1] != "*":
			return p
		line, col = p[0], p[1] - 1
		while True:
			k = ff.line(line).rfind(GZ_CSTART, 0, col + 1)
			if k >= 0:
				col = k
				break
			line -= 1
			if line < 1:
				return None
			col = len(ff.line(line))
	return None


def gz_next_char(ff, line, col):
	# The first non-blank character at or after (line, col).
	n = len(ff.lines())
	while line <= n:
		s = ff.line(line)
		while col < len(s):
			if not s[col].isspace():
				return (line, col, s[col])
			col += 1
		line += 1
		col = 0
	return None


def gz_pure_condition(ff, line, col):
	# Is "if (COND)" ending at the ')' at (line, col) droppable with its
	# body: no calls but guard predicates, no assignments or increments,
	# and "if" first on its line?  Returns the line of the "if".
	depth = 1
	text = []
	while depth > 0:
		s = ff.line(line)
		while col > 0 and depth > 0:
			col -= 1
			ch = s[col]
			if ch == ")":
				depth += 1
			elif ch == "(":
				depth -= 1
			if depth > 0:
				text.append(ch)
		if depth > 0:
			if line <= 1:
				return None
			line -= 1
			col = len(ff.line(line))
			text.append(" ")
	text = "".join(reversed(text))
	prev = gz_prev_char(ff, line, col)
	if prev is None or prev[2] != "f":
		return None
	l, c, _ = prev
	s = ff.line(l)
	if c < 1 or s[c - 1] != "i" or (c > 1 and (s[c - 2].isalnum() or
						    s[c - 2] == "_")):
		return None
	if s[:c - 1].strip():
		return None
	i = 0
	while i < len(text):
		ch = text[i]
		if ch.isalpha() or ch == "_":
			j = i
			while j < len(text) and (text[j].isalnum() or text[j] == "_"):
				j += 1
			k = j
			while k < len(text) and text[k] == " ":
				k += 1
			if k < len(text) and text[k] == "(" and \
			   text[i:j] not in GZ_GUARD and text[i:j] not in GZ_HINT:
				return None
			i = j
			continue
		if ch in "=+-" and i + 1 < len(text) and text[i + 1] == ch:
			return None
		if ch == "=" and (i == 0 or text[i - 1] not in "!=<>") and \
		   (i + 1 >= len(text) or text[i + 1] != "="):
			return None
		i += 1
	return l


def gz_removal(ff, start, end, allow_if):
	# How the statement from START to END (past its ';') goes: "stmt"
	# alone, "if" or "ifbrace" with the if it leaves empty, or None.
	if ff.line(end[0])[end[1]:].strip():
		return None		# the statement must own its lines
	alone = "stmt" if not ff.line(start[0])[:start[1]].strip() else None
	prev = gz_prev_code_char(ff, start[0], start[1])
	if prev is None or prev[2] in ";}:":
		return alone
	if prev[2] == "{":
		p2 = gz_prev_char(ff, prev[0], prev[1])
		nxt = gz_next_char(ff, end[0], end[1])
		if not allow_if or p2 is None or p2[2] != ")" or \
		   nxt is None or nxt[2] != "}" or \
		   gz_pure_condition(ff, p2[0], p2[1]) is None:
			return alone
		after = gz_next_char(ff, nxt[0], nxt[1] + 1)
		if after is not None and after[2] == "e":
			return alone	# "} else": keep the if
		if ff.line(nxt[0])[nxt[1] + 1:].strip():
			return alone
		return "ifbrace"
	if prev[2] != ")" or not allow_if or \
	   gz_pure_condition(ff, prev[0], prev[1]) is None:
		return None
	after = gz_next_char(ff, end[0], end[1])
	if after is not None and after[2] == "e":
		return None
	return "if"


# A definition of a macro, NAME(ARGS) BODY (\x23 for the hash sign,
# and chr(92) for a backslash below: the semantic patch holds this code)
GZ_DEFINE = re.compile(r"^[ \t]*\x23[ \t]*define[ \t]+([A-Za-z_]\w*)(\([^)]*\))?(.*)$")


def gz_file_macros(ff):
	# The macros FF defines: {name: body}, continuation lines joined.
	if getattr(ff, "macros", None) is None:
		ff.macros = {}
		ls = ff.lines()
		i = 0
		while i < len(ls):
			m = GZ_DEFINE.match(ls[i])
			i += 1
			if not m:
				continue
			body = [m.group(3)]
			while body[-1].endswith(chr(92)) and i < len(ls):
				body[-1] = body[-1][:-1]
				body.append(ls[i])
				i += 1
			ff.macros[m.group(1)] = " ".join(body)
	return ff.macros


def gz_pure_init(text, pure_call, macros=None, depth=0):
	# Has an initialiser with this TEXT no side effect its text shows:
	# no assignment, ++ or --, nothing volatile, no call but of the
	# names PURE_CALL holds (sizeof aside), no ?:, && or || (which GCC
	# makes branches of), no braces, strings or characters?
	# (plugin/removal.c gz_pure_init, character for character.)  A name
	# that MACROS (the file's own macros) holds is as pure as its body
	# too: the plugin sees the call a macro hides in what GCC compiled
	# (the kernel's current over get_current()); a macro of a header
	# Coccinelle does not expand, nor is it read here.
	i = 0
	n = len(text)
	while i < n:
		ch = text[i]
		if ch.isalnum() or ch == "_":
			j = i
			while j < n and (text[j].isalnum() or text[j] == "_"):
				j += 1
			w = text[i:j]
			i = j
			if w[0].isdigit():
				continue	# 1UL, 0x1f
			if w == "volatile":
				return False
			if macros and w in macros and (
			   depth >= 8 or not gz_pure_init(macros[w], pure_call,
							  macros, depth + 1)):
				return False
			while i < n and text[i].isspace():
				i += 1
			if i < n and text[i] == "(" and w != "sizeof" and \
			   not pure_call(w):
				return False
			continue
		if ch in "+-&|" and i + 1 < n and text[i + 1] == ch:
			return False
		if ch in "?{}\x22\x27":
			return False
		if ch == "=" and i + 1 < n and text[i + 1] == "=":
			i += 2
			continue
		# "!=", "<=", ">=" compare; "=", "+=", "<<=" assign
		if ch == "=" and (i == 0 or text[i - 1] not in "!<>" or
				  (i > 1 and text[i - 2] == text[i - 1])):
			return False
		i += 1
	return True


def gz_init_decl(ff, start, name, pure_call):
	# The declaration "T NAME = INIT;" whose NAME starts at START, as it
	# can go once NAME has no use: on lines of its own, NAME its only
	# declarator, INIT without a comment and gz_pure_init().  Its extent
	# (from the type to past the ';'), or None, for a declaration without
	# an initialiser too (plugin/removal.c gz_init_decl_span).
	line, col = start
	s = ff.line(line)
	if s[col:col + len(name)] != name:
		return None
	first = len(s) - len(s.lstrip())
	if any(ch in ",;(){}=" for ch in s[first:col]):
		return None		# "int a, b = 0;": leave it
	c = col + len(name)
	while c < len(s) and s[c].isspace():
		c += 1
	if c >= len(s) or s[c] != "=" or s[c + 1:c + 2] == "=":
		return None
	text = [" "]
	depth = 0
	n = line
	c += 1
	while True:
		if c >= len(s):
			if n - line >= GZ_MAX_LINES or n >= len(ff.lines()):
				return None
			n += 1
			s = ff.line(n)
			c = 0
			text.append(" ")
			continue
		ch = s[c]
		if ch == "/" and s[c + 1:c + 2] in ("/", "*"):
			return None
		if ch in "([":
			depth += 1
		elif ch in ")]":
			depth -= 1
		elif depth == 0 and ch == ",":
			return None
		elif depth == 0 and ch == ";":
			break
		text.append(ch)
		c += 1
	if s[c + 1:].strip() or \
	   not gz_pure_init("".join(text), pure_call, gz_file_macros(ff)):
		return None
	return ((line, first), (n, c + 1))


def gz_stmt_end(ff, it):
	# The end (past ';') of the expression statement IT starts.
	if it.start not in ff.stmts:
		return None
	e = gz_next_char(ff, it.end[0], it.end[1])
	if e is None or e[2] != ";" or ff.stmts[it.start] != it.end:
		return None
	return (e[0], e[1] + 1)


def gz_nows(text):
	return re.sub(r"\s+", "", text)


def gz_arg_extent(ff, call, k):
	ext = sorted(ff.args.get(call.start, []))
	if len(ext) != len(call.args) or not 0 <= k < len(ext):
		return None
	return ext[k]


def gz_arg_text(ff, call, k):
	ext = gz_arg_extent(ff, call, k)
	if ext is None:
		return None
	t = ff.text(ext[0], ext[1])
	return None if "\n" in t else t


def gz_count_text(text, var):
	# Occurrences of the variable VAR in TEXT, comments and strings
	# aside, and members and tags of the same name ("->page",
	# "struct page").
	text = re.sub(r'/\*.*?\*/|/{2}[^\n]*|\x22(?:\\.|[^\x22\\])*\x22', " ", text,
		      flags=re.S)
	text = re.sub(r'(?:->|\.|\b(?:struct|union|enum))\s*[A-Za-z_]\w*', " ", text)
	return len(re.findall(r'(?<![\w$])%s(?![\w$])' % re.escape(var), text))


def gz_count(ff, fn, var):
	# Occurrences of the variable VAR in the text of FN.
	return gz_count_text("\n".join(ff.line(n) for n in
					range(fn.line, fn.line_end + 1)), var)


def gz_subst_ident(text, old, new):
	return re.sub(r'(?<![\w$])%s(?![\w$])' % re.escape(old),
		      lambda m: new, text)
