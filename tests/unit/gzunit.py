# SPDX-License-Identifier: GPL-2.0-only
#
# gzunit.py: what the unit tests of cocci/engine share.  The engine
# imported as a package with the catalogue loaded into its tables, and
# Source: a C text in a temporary file with its facts made by hand, the
# facts the SmPL rules of cocci/gfpzero.cocci would report for it (the
# same GzItem()s gz_fact_call() and friends make from spatch's
# positions).  Columns count from 0, lines from 1, as spatch's do.

import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(
	os.path.abspath(__file__))))
sys.path.insert(0, os.path.join(ROOT, "cocci"))

from engine import catalogue, tables
from engine.clex import gz_parse
from engine.facts import GzFile, GzFn, GzItem, gz_split

if not tables.GZ_ALLOC:
	catalogue.load(tables)


class Source:
	# One C file and the facts of its one function.

	def __init__(self, text, name="f", params=(), static=False):
		fd, self.path = tempfile.mkstemp(suffix=".c")
		with os.fdopen(fd, "w") as fp:
			fp.write(text)
		self.ff = GzFile(self.path)
		lines = self.ff.lines()
		first = [i for i, l in enumerate(lines, 1) if (name + "(") in l][0]
		self.key = (name, first)
		fn = GzFn(self.key, list(params), static)
		fn.line_end = len(lines)
		self.fn = fn
		self.ff.fns[self.key] = fn
		if static:
			self.ff.static.add(self.key)

	def close(self):
		os.unlink(self.path)

	def at(self, line, needle):
		return (line, self.ff.line(line).index(needle))

	def close_paren(self, line, col):
		# The end (past ')') of the parenthesised list from col on.
		s = self.ff.line(line)
		depth = 0
		for j in range(s.index("(", col), len(s)):
			depth += {"(": 1, ")": -1}.get(s[j], 0)
			if depth == 0:
				return (line, j + 1)
		raise ValueError("no ')' on line %d" % line)

	def add(self, it):
		self.ff.items.append((self.key, it))
		return it

	def call(self, line, name):
		start = self.at(line, name + "(")
		end = self.close_paren(line, start[1])
		args = gz_split(self.ff, (line, start[1] + len(name)), end)
		it = GzItem("call", start, end, name=name,
			    args=[gz_parse(a[0]) for a in args],
			    argtext=[a[0] for a in args],
			    npos=(line, start[1], start[1] + len(name)))
		self.ff.args[start] = [(a[1], a[2]) for a in args]
		return self.add(it)

	def stmt(self, line):
		# The expression statement on LINE: its extent without the ';'.
		s = self.ff.line(line)
		col = len(s) - len(s.lstrip())
		self.ff.stmts[(line, col)] = (line, s.rindex(";"))

	def asg(self, line, lhs, op="="):
		s = self.ff.line(line)
		start = self.at(line, lhs)
		k = s.index(op, start[1] + len(lhs))
		rhs = s[k + len(op):s.rindex(";")].strip()
		end = (line, s.index(rhs, k) + len(rhs))
		self.stmt(line)
		return self.add(GzItem("asg", start, end, lhs=gz_parse(lhs),
				       aop=op, rhs=gz_parse(rhs), decl=False))

	def decl(self, line, name):
		start = self.at(line, name + ";")
		self.ff.decls.append(GzItem("decl", start,
					    (line, start[1] + len(name)),
					    fnkey=self.key, name=name, init=False))
		self.ff.probe.setdefault("decl", set()).add((self.key[0], name))

	def idecl(self, line, name):
		# "T NAME = E;" on LINE: the declaration, and the assignment
		# the SmPL rule "L aop R" reports in it.
		s = self.ff.line(line)
		start = self.at(line, name + " =")
		self.ff.decls.append(GzItem("decl", start,
					    (line, start[1] + len(name)),
					    fnkey=self.key, name=name, init=True))
		self.ff.probe.setdefault("initdecl", set()).add((self.key[0],
								 name))
		k = s.index("=", start[1] + len(name))
		rhs = s[k + 1:s.rindex(";")].strip()
		end = (line, s.index(rhs, k) + len(rhs))
		return self.add(GzItem("asg", start, end, lhs=gz_parse(name),
				       aop="=", rhs=gz_parse(rhs), decl=False))

	def probe(self, kind, line, name):
		# a shape patch mode can rewrite, matched at NAME on LINE
		self.ff.probe.setdefault(kind, set()).add((line, name))

	def if_(self, line, cond, body):
		# "if (COND)" on LINE, its one-line statement on line BODY.
		c = self.at(line, cond)
		s = self.ff.line(body)
		b = ((body, len(s) - len(s.lstrip())), (body, len(s.rstrip())))
		return self.add(GzItem("if", self.at(line, "if"), b[1],
				       cond=gz_parse(cond),
				       cext=(c, (line, c[1] + len(cond))),
				       text=b, eext=None, then=[], els=[]))

	def ret(self, line, expr=None):
		start = self.at(line, "return")
		if expr is None:
			end = (line, start[1] + len("return"))
		else:
			e = self.at(line, expr)
			end = (line, e[1] + len(expr))
		return self.add(GzItem("ret", start, end,
				       expr=gz_parse(expr) if expr else None))


# A fault handler that allocates a user page and zeroes it by hand.
FAULT = """\
struct page *f(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr);
	if (!page)
		return NULL;
	clear_user_highpage(page, addr);
	return page;
}
"""


def fault(text=FAULT, alloc="alloc_page_vma", zero="clear_user_highpage"):
	# Source of FAULT (or a variant with the same lines), its facts.
	s = Source(text, params=[("vma", True), ("addr", False)])
	s.decl(3, "page")
	s.asg(5, "page")
	s.call(5, alloc)
	s.if_(6, "!page", 7)
	s.ret(7, "NULL")
	s.stmt(8)
	s.call(8, zero)
	s.ret(9, "page")
	return s


def facts(text, spec, params=(("vma", True), ("addr", False), ("z", False))):
	# Source of TEXT with the facts SPEC gives: ("asg", LINE, LHS),
	# ("call", LINE, NAME), ("if", LINE, COND, BODY LINE), ("stmt",
	# LINE), ("ret", LINE[, EXPR]), ("decl", LINE, NAME), ("idecl",
	# LINE, NAME) (with an initialiser), ("probe", KIND, LINE, NAME).
	s = Source(text, params=list(params))
	do = {"asg": s.asg, "call": s.call, "if": s.if_, "stmt": s.stmt,
	      "ret": s.ret, "decl": s.decl, "idecl": s.idecl, "probe": s.probe}
	for f in spec:
		do[f[0]](*f[1:])
	return s


def origins(s):
	# The graph of the function of S, its allocations followed, as
	# analyse.py does for a function without wrappers or callees.
	from engine.cfg import gz_build
	from engine.flow import gz_flow, gz_gfp_has_zero, gz_origins

	fn = s.fn
	fn.items = [it for _, it in s.ff.items]
	gz_build(fn)
	out = gz_origins(fn, {})
	for o in out:
		gz_flow(o)
		o.gfp_zero = gz_gfp_has_zero(o)
	return out


def variant(middle, alloc="page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, addr);",
	    var="page", ty="struct page"):
	# A function allocating on line 5, lines 6 and 7 MIDDLE, returning
	# on line 8.
	return ("%s *f(struct vm_area_struct *vma, unsigned long addr, bool z)\n"
		"{\n\t%s *%s;\n\n\t%s\n%s\treturn %s;\n}\n" %
		(ty, ty, var, alloc, "".join("\t" + m + "\n" for m in middle),
		 var))


CONDITIONAL = variant(["if (z)", "\tclear_user_highpage(page, addr);"])
GUARDED = variant(["if (user_alloc_needs_zeroing())",
		   "\tclear_user_highpage(page, addr);"])
PUBLISHED = variant(["set_pte_at(vma->vm_mm, addr, pte, mk_pte(page, prot));",
		     "clear_user_highpage(page, addr);"])
POOL = variant(["if (z)", "\tfolio_zero_user(folio, addr);"],
	       alloc="folio = alloc_hugetlb_folio(vma, addr, 0);",
	       var="folio", ty="struct folio")


def conditional():
	return facts(CONDITIONAL, [("decl", 3, "page"), ("asg", 5, "page"),
				   ("call", 5, "alloc_page_vma"), ("if", 6, "z", 7),
				   ("stmt", 7), ("call", 7, "clear_user_highpage"),
				   ("ret", 8, "page")])


def guarded():
	return facts(GUARDED, [("decl", 3, "page"), ("asg", 5, "page"),
			       ("call", 5, "alloc_page_vma"),
			       ("call", 6, "user_alloc_needs_zeroing"),
			       ("if", 6, "user_alloc_needs_zeroing()", 7),
			       ("stmt", 7), ("call", 7, "clear_user_highpage"),
			       ("probe", "if", 7, "clear_user_highpage"),
			       ("ret", 8, "page")])


def published():
	return facts(PUBLISHED, [("decl", 3, "page"), ("asg", 5, "page"),
				 ("call", 5, "alloc_page_vma"), ("stmt", 6),
				 ("call", 6, "set_pte_at"), ("call", 6, "mk_pte"),
				 ("stmt", 7), ("call", 7, "clear_user_highpage"),
				 ("ret", 8, "page")])


def pool():
	return facts(POOL, [("decl", 3, "folio"), ("asg", 5, "folio"),
			    ("call", 5, "alloc_hugetlb_folio"), ("if", 6, "z", 7),
			    ("stmt", 7), ("call", 7, "folio_zero_user"),
			    ("ret", 8, "folio")])
