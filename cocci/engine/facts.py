# SPDX-License-Identifier: GPL-2.0-only
#
# facts.py: the facts of one file as the SmPL rules report them.  They
# hand over positions only; the text at those positions is read from
# the file, parsed (clex.py) and kept as items (calls, assignments,
# declarations, ifs, loops, returns, jumps, labels) of each function of
# interest.  Also the state of one spatch group (files, plans, results)
# and the error line for a file whose facts cannot be read.

import os
import re
import sys

from .clex import (GZ_CEND, GZ_CSTART, GZ_LINE, GZ_QUOTES, gz_is_ident,
	gz_parse, gz_tokens)


GZ_FILES = {}		# file -> GzFile, for the files of this spatch group
GZ_PLANS = {}		# file -> GzPlan, the conversions patch mode makes
GZ_CONTEXT = {}		# file -> set of (line, column) to mark in context mode
GZ_MODE = {"patch": False, "assume": False}
GZ_PLUMBING = {}	# directory or tree -> defines USER_ADDR_NONE
GZ_RESULTS = []		# (GzFile, findings) of each file analysed
GZ_CURRENT = {}		# file -> GzFile, as patch mode rewrites it


class GzItem:
	# A call, an assignment, a return, a jump, a label, an if or a loop.

	def __init__(self, kind, start, end, **kw):
		self.kind = kind
		self.start = start
		self.end = end
		self.pre = []		# items evaluated first (sub-expressions)
		self.node = None
		self.__dict__.update(kw)


class GzFn:
	def __init__(self, key, params, static):
		self.key = key
		self.name = key[0]
		self.line = key[1]
		self.params = params
		self.static = static
		self.items = []
		self.nodes = []
		self.summaries = {}
		self.exported = True

	def node(self, kind, item=None, succ=None):
		n = GzNode(len(self.nodes), kind, item, succ or [])
		self.nodes.append(n)
		return n


class GzNode:
	def __init__(self, id, kind, item, succ):
		self.id = id
		self.kind = kind
		self.item = item
		self.succ = succ
		self.pred = []
		self.leaf = None
		self.t = None
		self.f = None


# The file spatch was given may be a copy in which gfpzero blanked the
# bodies of functions that cannot hold a fact (lib/gfpzero/slice.py):
# same lines, same positions.  What the analysis reads (the text of a
# fact, whether a function's address is taken, the file's includes) it
# reads from the file itself.  $GFPZERO_COCCI_ORIGIN names a list of
# "COPY<TAB>FILE" lines.
GZ_REAL_PATH = {}
if os.environ.get("GFPZERO_COCCI_ORIGIN"):
	with open(os.environ["GFPZERO_COCCI_ORIGIN"], encoding="utf-8",
		  errors="replace") as gz_fp:
		for gz_l in gz_fp.read().split("\n"):
			if "\t" in gz_l:
				gz_c, gz_o = gz_l.split("\t", 1)
				GZ_REAL_PATH[gz_c] = gz_o


def gz_real_path(name):
	return GZ_REAL_PATH.get(name, name)


class GzFile:
	def __init__(self, name):
		self.name = name
		self.fns = {}
		self.items = []
		self.args = {}
		self.stmts = {}
		self.decls = []
		self.static = set()
		self.probe = {}
		self._lines = None
		self.at = None		# the function being analysed

	def lines(self):
		if self._lines is None:
			try:
				with open(gz_real_path(self.name), encoding="utf-8",
					  errors="replace") as fp:
					self._lines = fp.read().split("\n")
			except OSError:
				self._lines = []
		return self._lines

	def line(self, n):
		ls = self.lines()
		return ls[n - 1] if 0 < n <= len(ls) else ""

	def text(self, start, end):
		if start[0] == end[0]:
			return self.line(start[0])[start[1]:end[1]]
		out = [self.line(start[0])[start[1]:]]
		for n in range(start[0] + 1, end[0]):
			out.append(self.line(n))
		out.append(self.line(end[0])[:end[1]])
		return "\n".join(out)


def gz_file(p):
	f = p[0].file
	g = GZ_FILES.get(f)
	if g is None:
		g = GZ_FILES[f] = GzFile(f)
	return g


def gz_fnkey(p):
	return (p[0].current_element, int(p[0].current_element_line))


def gz_start(p):
	return (int(p[0].line), int(p[0].column))


def gz_end(p):
	return (int(p[0].line_end), int(p[0].column_end))


def gz_add(p, item):
	gz_file(p).items.append((gz_fnkey(p), item))


def gz_text(p):
	return gz_file(p).text(gz_start(p), gz_end(p))


def gz_split(ff, start, end):
	# The comma-separated parts of the first parenthesised list from
	# START to END: [(text, start, end)], positions as (line, column).
	text = ff.text(start, end)
	i = text.find("(")
	if i < 0:
		return []
	marks = []
	depth = 0
	cur = i + 1
	j = i + 1
	n = len(text)
	while j < n:
		c = text[j]
		if c in GZ_QUOTES:
			k = j + 1
			while k < n and text[k] != c:
				k += 2 if text[k] == chr(92) else 1
			j = k + 1
			continue
		if text.startswith(GZ_CSTART, j):
			k = text.find(GZ_CEND, j + 2)
			j = n if k < 0 else k + 2
			continue
		if text.startswith(GZ_LINE, j):
			k = text.find(chr(10), j)
			j = n if k < 0 else k
			continue
		if c in "([{":
			depth += 1
		elif c in ")]}":
			if depth == 0:
				marks.append((cur, j))
				break
			depth -= 1
		elif c == "," and depth == 0:
			marks.append((cur, j))
			cur = j + 1
		j += 1
	out = []
	for a, b in marks:
		while a < b:
			m = re.match(r'(?:\s+|/\*.*?\*\/|/{2}[^\n]*)', text[a:b], re.S)
			if not m or not m.end():
				break
			a += m.end()
		while b > a and text[b - 1].isspace():
			b -= 1
		out.append((text[a:b], gz_offset(start, text, a),
			    gz_offset(start, text, b)))
	if len(out) == 1 and not out[0][0]:
		return []
	return out


def gz_offset(start, text, k):
	nl = text.count(chr(10), 0, k)
	if nl == 0:
		return (start[0], start[1] + k)
	return (start[0] + nl, k - text.rindex(chr(10), 0, k) - 1)


def gz_fact_fn(p, static=False):
	ff = gz_file(p)
	if static:
		ff.static.add(gz_fnkey(p))
	params = []
	for t, _, _ in gz_split(ff, gz_end(p), (int(p[0].current_element_line_end), 0)):
		toks = gz_tokens(t)
		names = [x for x in toks if gz_is_ident(x)]
		params.append((names[-1] if len(names) > 1 else None, "*" in toks))
	key = gz_fnkey(p)
	fn = GzFn(key, params, key in ff.static)
	fn.line_end = int(p[0].current_element_line_end)
	ff.fns[key] = fn


GZ_INTEREST = set()		# (file, function): facts are collected there
GZ_INTEREST_NAMES = set()


def gz_interest(p):
	gz_fault("interest", p[0].current_element)
	GZ_INTEREST.add((p[0].file, p[0].current_element))
	GZ_INTEREST_NAMES.add(p[0].current_element)


GZ_CALLS = []			# every call, until the callers are known


def gz_raw_call(p, pe, f):
	# A call of a function that calls the catalogue: its caller passes
	# or takes a page.  Every call is kept until all are seen.
	if str(f) in GZ_INTEREST_NAMES:
		GZ_INTEREST.add((p[0].file, p[0].current_element))
	GZ_CALLS.append((p, pe))


def gz_calls_done():
	# The callers are known: the calls of the functions of interest.
	for p, pe in GZ_CALLS:
		if gz_keep(p):
			gz_safe(gz_fact_call, p, pe)
	del GZ_CALLS[:]


def gz_keep(p):
	return (p[0].file, p[0].current_element) in GZ_INTEREST


GZ_BROKEN = set()

# GFPZERO_COCCI_FAULT=STAGE:FUNCTION, for the tests only: the analysis
# raises at FUNCTION, when its facts are read (facts) or when it is
# analysed (analysis), as a bug there would.
GZ_FAULT = tuple(os.environ.get("GFPZERO_COCCI_FAULT", "").split(":", 1))


def gz_fault(stage, function):
	if GZ_FAULT == (stage, function):
		raise RuntimeError("fault injected by GFPZERO_COCCI_FAULT")


def gz_failed(path, function, e):
	# One line bin/gfpzero turns into an error: a file whose analysis
	# failed must never look like a file without findings.
	sys.stderr.write("gfpzero.cocci: error: %s: %s(): the analysis failed "
			 "(%s: %s): its findings would be missing\n" %
			 (gz_real_path(path), function or "?", type(e).__name__, e))


def gz_safe(fact, *args):
	# A fact that cannot be read leaves its file out, with an error line:
	# one odd file must not stop a whole-tree coccicheck.
	try:
		fact(*args)
	except Exception as e:
		locs = [a[0] for a in args if isinstance(a, (list, tuple)) and a and
			hasattr(a[0], "file")]
		f = locs[0].file if locs else "?"
		if f not in GZ_BROKEN:
			GZ_BROKEN.add(f)
			gz_failed(f, locs[0].current_element if locs else None, e)


def gz_fact_call(p, pe):
	gz_fault("facts", p[0].current_element)
	ff = gz_file(p)
	args = gz_split(ff, gz_end(p), gz_end(pe))
	it = GzItem("call", gz_start(p), gz_end(pe), name=gz_text(p),
		    args=[gz_parse(a[0]) for a in args],
		    argtext=[a[0] for a in args],
		    npos=(int(p[0].line), int(p[0].column), int(p[0].column_end)))
	ff.args[it.start] = [(a[1], a[2]) for a in args]
	gz_add(p, it)


def gz_fact_if(pi, pc, p1, p2=None):
	if not pc or not p1:
		return
	end = gz_end(p2) if p2 else gz_end(p1)
	gz_add(pi, GzItem("if", gz_start(pi), end, cond=gz_parse(gz_text(pc)),
			  cext=(gz_start(pc), gz_end(pc)),
			  text=(gz_start(p1), gz_end(p1)),
			  eext=(gz_start(p2), gz_end(p2)) if p2 else None,
			  then=[], els=[]))


def gz_skip(text, j):
	# Past a string, character constant or comment starting at J.
	if text[j] in GZ_QUOTES:
		k = j + 1
		while k < len(text) and text[k] != text[j]:
			k += 2 if text[k] == chr(92) else 1
		return k + 1
	if text.startswith(GZ_CSTART, j):
		k = text.find(GZ_CEND, j + 2)
		return len(text) if k < 0 else k + 2
	if text.startswith(GZ_LINE, j):
		k = text.find(chr(10), j)
		return len(text) if k < 0 else k
	return None


def gz_loop_body(ff, start):
	# The extent of the body of the loop whose keyword is at START: the
	# statement after its parenthesised head.  (Coccinelle 1.1 binds no
	# position to a loop body's statement metavariable.)
	lines = ff.lines()
	text = chr(10).join(lines[start[0] - 1:])
	j = start[1]
	depth = 0
	body = None
	while j < len(text):
		k = gz_skip(text, j)
		if k is not None:
			j = k
			continue
		c = text[j]
		if body is None:
			if c == "(":
				depth += 1
			elif c == ")":
				depth -= 1
				if depth == 0:
					body = j + 1
					while body < len(text) and text[body].isspace():
						body += 1
					j = body
					depth = 0
					continue
		elif c in "({[":
			depth += 1
		elif c in ")}]":
			depth -= 1
			if depth == 0 and c == "}" and text[body] == "{":
				return (gz_offset((start[0], 0), text, body),
					gz_offset((start[0], 0), text, j + 1))
		elif c == ";" and depth == 0 and text[body] != "{":
			return (gz_offset((start[0], 0), text, body),
				gz_offset((start[0], 0), text, j + 1))
		j += 1
	return None


def gz_fact_loop(pl, pc=None):
	ff = gz_file(pl)
	body = gz_loop_body(ff, gz_start(pl))
	if body is None:
		return
	gz_add(pl, GzItem("loop", gz_start(pl), body[1],
			  cond=gz_parse(gz_text(pc)) if pc else None,
			  bext=body, body=[]))


def gz_fact_jumps(pr, pe, p0, pg, pl, pb, pc, pL):
	if pr:
		gz_fact_return(pr, pe)
	if p0:
		gz_fact_return(p0)
	if pg:
		gz_fact_jump(pg, "goto", pl)
	if pb:
		gz_fact_jump(pb, "break")
	if pc:
		gz_fact_jump(pc, "continue")
	if pL:
		gz_fact_label(pL)


def gz_fact_return(p, pe=None):
	pe = pe or None
	gz_add(p, GzItem("ret", gz_start(p), gz_end(pe) if pe else gz_end(p),
			 expr=gz_parse(gz_text(pe)) if pe else None))


def gz_fact_jump(p, kind, pl=None):
	if kind == "goto" and not pl:
		return
	gz_add(p, GzItem(kind, gz_start(p), gz_end(p),
			 label=gz_text(pl) if pl else None))


def gz_fact_label(p):
	gz_add(p, GzItem("label", gz_start(p), gz_end(p), label=gz_text(p)))


def gz_fact_asg(pl, pr):
	ff = gz_file(pl)
	op = gz_tokens(ff.text(gz_end(pl), gz_start(pr)))
	gz_add(pl, GzItem("asg", gz_start(pl), gz_end(pr),
			  lhs=gz_parse(gz_text(pl)), aop=op[0] if op else "=",
			  rhs=gz_parse(gz_text(pr)), decl=False))


def gz_fact_decl(p, init):
	ff = gz_file(p)
	name = gz_text(p)
	ff.decls.append(GzItem("decl", gz_start(p), gz_end(p), fnkey=gz_fnkey(p),
			       name=name, init=init))
	ff.probe.setdefault("initdecl" if init else "decl", set()).add(
		(p[0].current_element, name))


def gz_fact_stmt(p):
	gz_file(p).stmts[gz_start(p)] = gz_end(p)


def gz_probe(kind, p):
	gz_file(p).probe.setdefault(kind, set()).add((int(p[0].line),
						      gz_text(p)))

