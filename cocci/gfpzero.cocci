// SPDX-License-Identifier: GPL-2.0-only
///
/// A user page or folio from an allocator that knows the faulting user
/// address is zeroed by hand after the allocation.  With init_on_alloc=1
/// it is then zeroed twice, the second time through the per-cache-line
/// flush path of clear_user_highpage() on aliasing-cache architectures.
/// Pass __GFP_ZERO (and the raw fault address) so that the allocator
/// zeroes it once with folio_zero_user(), and drop the hand zeroing.
///
/// The checks are those of the gfpzero GCC plugin, with the same names
/// and reasons (docs/checks.md): double-zeroing and manual-zeroing
/// (convert), zero-without-user-addr and unconvertible-zeroing (report,
/// the reason in parentheses: pool-allocator, no-user-address-parameter,
/// not-a-user-address, partial-zeroing, zeroed-after-publish,
/// conditional-zeroing, shared-callee).  A page is followed within its
/// function through copies, casts, &folio->page, folio_page(folio, 0),
/// page_folio() and kernel mappings, and into static functions of the
/// same file that zero it.
///
/// Patch mode converts only on a tree with the user-address plumbing of
/// the 2026 allocator series (a header that defines USER_ADDR_NONE);
/// elsewhere it warns and changes nothing, unless -D assume_user_addr.
/// -D json prints one JSON object per finding (for bin/gfpzero).
/// -D prefiltered says the files given were already picked by the
/// allocators' names (bin/gfpzero does, with grep), which spares
/// matching them here.
///
// Confidence: Moderate
// Copyright: (C) 2026 gfpzero authors
// URL: https://coccinelle.gitlabpages.inria.fr/website
// Options: --no-includes --include-headers --max-width 200
// Keywords: __GFP_ZERO, folio_zero_user, clear_user_highpage, init_on_alloc
// Requires: 1.1.1

virtual patch
virtual context
virtual org
virtual report
virtual json
virtual assume_user_addr
virtual prefiltered

//----------------------------------------------------------
//  The catalogue and the analysis (every mode)
//----------------------------------------------------------

@initialize:python@
@@
import json as gz_json
import os
import re
import sys

import coccilib.org

USER, ZEROED, SERIES, NOADDR, POOL = "USER", "ZEROED", "SERIES", "NOADDR", "POOL"
PAGE, FOLIO, KADDR = "PAGE", "FOLIO", "KADDR"
FULL, RANGE = "FULL", "RANGE"

GZ_ALLOC = {}
GZ_ZERO = {}
GZ_MAP = {}
GZ_UNMAP = set()
GZ_SAME = {}
GZ_GUARD = {}
GZ_PUBLISH = set()
GZ_RELEASE = set()
GZ_GFP_ZERO = set()
GZ_NO_USER_ADDR = set()
GZ_HINT = set()
GZ_NORETURN = set()
GZ_SUFFIXES = []


class GzEntry:
	def __init__(self, **kw):
		self.__dict__.update(kw)


def GFPZ_ALLOC(name, arity, kind, obj, gfp, order, addr, user_addr):
	GZ_ALLOC.setdefault(name, []).append(GzEntry(name=name, arity=arity,
		kind=kind, object=obj, gfp=gfp, order=order, addr=addr,
		user_addr=user_addr))


def GFPZ_ZERO(name, obj, object, addr, value, length, extent):
	GZ_ZERO[name] = GzEntry(name=name, obj=obj, object=object, addr=addr,
				value=value, len=length, extent=extent)


def GFPZ_MAP(name, obj, offset):
	GZ_MAP[name] = GzEntry(name=name, obj=obj, index=offset)


def GFPZ_UNMAP(name):
	GZ_UNMAP.add(name)


def GFPZ_SAME(name, obj, index):
	GZ_SAME[name] = GzEntry(name=name, obj=obj, index=index)


def GFPZ_GUARD(name, zero_when):
	GZ_GUARD[name] = zero_when


def GFPZ_PUBLISH(name):
	GZ_PUBLISH.add(name)


def GFPZ_RELEASE(name):
	GZ_RELEASE.add(name)


def GFPZ_GFP_ZERO(name):
	GZ_GFP_ZERO.add(name)


def GFPZ_NO_USER_ADDR(name):
	GZ_NO_USER_ADDR.add(name)


def GFPZ_HINT(name):
	GZ_HINT.add(name)


def GFPZ_NORETURN(name):
	GZ_NORETURN.add(name)


def GFPZ_STRIP_SUFFIX(suffix):
	GZ_SUFFIXES.append(suffix)


# BEGIN CATALOGUE (cocci/gen-catalogue; do not edit by hand)
GFPZ_ALLOC("alloc_page_vma", 3, USER, PAGE, 0, -1, 2, -1)
GFPZ_ALLOC("alloc_pages_vma", 5, USER, PAGE, 0, 1, 3, -1)
GFPZ_ALLOC("alloc_zeroed_user_highpage_movable", 2, ZEROED, PAGE, -1, -1, 1, -1)
GFPZ_ALLOC("alloc_huge_page", -1, POOL, PAGE, -1, -1, 1, -1)
GFPZ_ALLOC("vma_alloc_folio", 5, USER, FOLIO, 0, 1, 3, -1)
GFPZ_ALLOC("vma_alloc_zeroed_movable_folio", 2, ZEROED, FOLIO, -1, -1, 1, -1)
GFPZ_ALLOC("alloc_hugetlb_folio", -1, POOL, FOLIO, -1, -1, 1, -1)
GFPZ_ALLOC("alloc_hugetlb_folio_reserve", -1, POOL, FOLIO, -1, -1, -1, -1)
GFPZ_ALLOC("alloc_hugetlb_folio_nodemask", -1, POOL, FOLIO, -1, -1, -1, -1)
GFPZ_ALLOC("alloc_hugetlb_folio_vma", -1, POOL, FOLIO, -1, -1, 2, -1)
GFPZ_ALLOC("vma_alloc_folio", 4, USER, FOLIO, 0, 1, 3, -1)
GFPZ_ALLOC("vma_alloc_anon_folio_pmd", 2, ZEROED, FOLIO, -1, -1, 1, -1)
GFPZ_ALLOC("__alloc_pages", 5, SERIES, PAGE, 0, 1, -1, 4)
GFPZ_ALLOC("__folio_alloc", 5, SERIES, FOLIO, 0, 1, -1, 4)
GFPZ_ALLOC("folio_alloc_mpol", 6, SERIES, FOLIO, 0, 1, -1, 5)
GFPZ_ALLOC("__alloc_pages", 4, NOADDR, PAGE, 0, 1, -1, -1)
GFPZ_ALLOC("__folio_alloc", 4, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC("folio_alloc_mpol", 5, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC("alloc_pages", 2, NOADDR, PAGE, 0, 1, -1, -1)
GFPZ_ALLOC("alloc_page", 1, NOADDR, PAGE, 0, -1, -1, -1)
GFPZ_ALLOC("alloc_pages_node", 3, NOADDR, PAGE, 1, 2, -1, -1)
GFPZ_ALLOC("folio_alloc", 2, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC("filemap_alloc_folio", 2, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ALLOC("shmem_alloc_folio", -1, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ZERO("folio_zero_user", 0, FOLIO, 1, -1, -1, FULL)
GFPZ_ZERO("clear_huge_page", 0, PAGE, 1, -1, -1, FULL)
GFPZ_ZERO("clear_user_highpage", 0, PAGE, 1, -1, -1, FULL)
GFPZ_ZERO("clear_user_page", 0, KADDR, 1, -1, -1, FULL)
GFPZ_ZERO("clear_highpage", 0, PAGE, -1, -1, -1, FULL)
GFPZ_ZERO("clear_highpage_kasan_tagged", 0, PAGE, -1, -1, -1, FULL)
GFPZ_ZERO("clear_page", 0, KADDR, -1, -1, -1, FULL)
GFPZ_ZERO("memset", 0, KADDR, -1, 1, 2, FULL)
GFPZ_ZERO("__builtin_memset", 0, KADDR, -1, 1, 2, FULL)
GFPZ_ZERO("folio_zero_range", 0, FOLIO, -1, -1, -1, RANGE)
GFPZ_ZERO("folio_zero_segment", 0, FOLIO, -1, -1, -1, RANGE)
GFPZ_ZERO("zero_user_segment", 0, PAGE, -1, -1, -1, RANGE)
GFPZ_ZERO("zero_user_segments", 0, PAGE, -1, -1, -1, RANGE)
GFPZ_ZERO("zero_user", 0, PAGE, -1, -1, -1, RANGE)
GFPZ_MAP("kmap_local_page", 0, -1)
GFPZ_MAP("kmap_local_folio", 0, 1)
GFPZ_MAP("kmap_atomic", 0, -1)
GFPZ_MAP("kmap", 0, -1)
GFPZ_MAP("page_address", 0, -1)
GFPZ_MAP("lowmem_page_address", 0, -1)
GFPZ_MAP("folio_address", 0, -1)
GFPZ_UNMAP("kunmap_local")
GFPZ_UNMAP("kunmap_atomic")
GFPZ_UNMAP("kunmap")
GFPZ_SAME("page_folio", 0, -1)
GFPZ_SAME("_compound_head", 0, -1)
GFPZ_SAME("compound_head", 0, -1)
GFPZ_SAME("folio_page", 0, 1)
GFPZ_SAME("nth_page", 0, 1)
GFPZ_GUARD("user_alloc_needs_zeroing", 1)
GFPZ_GUARD("alloc_need_zeroing", 1)
GFPZ_GUARD("alloc_zeroed", 0)
GFPZ_PUBLISH("set_pte_at")
GFPZ_PUBLISH("set_ptes")
GFPZ_PUBLISH("set_pmd_at")
GFPZ_PUBLISH("set_huge_pte_at")
GFPZ_PUBLISH("set_pte_range")
GFPZ_PUBLISH("folio_add_new_anon_rmap")
GFPZ_PUBLISH("page_add_new_anon_rmap")
GFPZ_PUBLISH("map_anon_folio_pmd")
GFPZ_PUBLISH("vm_insert_page")
GFPZ_PUBLISH("vm_insert_pages")
GFPZ_PUBLISH("vmf_insert_page")
GFPZ_PUBLISH("vmf_insert_pfn")
GFPZ_PUBLISH("vmf_insert_mixed")
GFPZ_PUBLISH("insert_page")
GFPZ_RELEASE("folio_put")
GFPZ_RELEASE("put_page")
GFPZ_RELEASE("__free_pages")
GFPZ_RELEASE("__free_page")
GFPZ_RELEASE("free_hugetlb_folio")
GFPZ_HINT("likely")
GFPZ_HINT("unlikely")
GFPZ_HINT("likely_notrace")
GFPZ_HINT("unlikely_notrace")
GFPZ_HINT("__builtin_expect")
GFPZ_NORETURN("BUG")
GFPZ_NORETURN("panic")
GFPZ_NORETURN("__bug")
GFPZ_NORETURN("do_exit")
GFPZ_NORETURN("__builtin_unreachable")
GFPZ_NORETURN("unreachable")
GFPZ_GFP_ZERO("__GFP_ZERO")
GFPZ_NO_USER_ADDR("USER_ADDR_NONE")
GFPZ_STRIP_SUFFIX("_noprof")
# END CATALOGUE

# ---- names -----------------------------------------------------------

def gz_strip_name(name):
	for s in GZ_SUFFIXES:
		if name.endswith(s) and len(name) > len(s):
			return name[:-len(s)]
	return name


def gz_alloc_entry(name, nargs):
	es = GZ_ALLOC.get(gz_strip_name(name), [])
	for e in es:
		if e.arity == nargs:
			return e
	for e in es:
		if e.arity < 0:
			return e
	return None


def gz_role(name):
	n = gz_strip_name(name)
	if n in GZ_ZERO:
		return "zero"
	if n in GZ_MAP:
		return "map"
	if n in GZ_UNMAP:
		return "unmap"
	if n in GZ_SAME:
		return "same"
	if n in GZ_GUARD:
		return "guard"
	if n in GZ_PUBLISH:
		return "publish"
	if n in GZ_RELEASE:
		return "release"
	if n in GZ_ALLOC:
		return "alloc"
	return None

# ---- expressions: tokens and a small C expression parser -------------

GZ_TOK = re.compile(r'(?:\s|/\*.*?\*\/|/{2}[^\n]*)*(0[xX][0-9a-fA-F]+[uUlL]*|[0-9]+[uUlL]*|[A-Za-z_]\w*'
		    r'|\x22(?:\\.|[^\x22\\])*\x22|\x27(?:\\.|[^\x27\\])*\x27'
		    r'|->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*%&|^/]='
		    r'|\.\.\.|\S)', re.S)
GZ_QUOTES = (chr(34), chr(39))
# no comment markers in this Python: spatch reads it as SmPL first
GZ_CSTART = "/" + "*"
GZ_CEND = "*" + "/"
GZ_LINE = "/" + "/"
GZ_BINARY = {"*": 10, "/": 10, "%": 10, "+": 9, "-": 9, "<<": 8, ">>": 8,
	     "<": 7, "<=": 7, ">": 7, ">=": 7, "==": 6, "!=": 6, "&": 5,
	     "^": 4, "|": 3, "&&": 2, "||": 1}
GZ_ASSIGN = set(["=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=",
		 "<<=", ">>="])
GZ_TYPEWORDS = set(["struct", "union", "enum", "const", "volatile",
		    "unsigned", "signed", "char", "short", "int", "long",
		    "float", "double", "void", "_Bool", "bool", "__force",
		    "__user", "__iomem", "__rcu"])


def gz_tokens(text):
	out = []
	pos = 0
	text = str(text)
	while True:
		m = GZ_TOK.match(text, pos)
		if not m:
			break
		out.append(m.group(1))
		pos = m.end()
	return out


def gz_is_ident(t):
	return t is not None and (t[0].isalpha() or t[0] == "_")


class GzParser:
	# Expressions as tuples: (id, name), (num, text), (str, text),
	# (call, callee, args), (member, base, field, arrow),
	# (index, base, idx), (un, op, e), (post, op, e), (cast, type, e),
	# (bin, op, l, r), (cond, c, a, b), (asg, op, l, r), (other,).

	def __init__(self, toks):
		self.t = toks
		self.i = 0

	def peek(self, k=0):
		j = self.i + k
		return self.t[j] if j < len(self.t) else None

	def take(self):
		tok = self.peek()
		self.i += 1
		return tok

	def comma(self):
		e = self.assign()
		while self.peek() == ",":
			self.take()
			e = self.assign()
		return e

	def assign(self):
		left = self.ternary()
		if self.peek() in GZ_ASSIGN:
			op = self.take()
			return ("asg", op, left, self.assign())
		return left

	def ternary(self):
		c = self.binary(1)
		if self.peek() == "?":
			self.take()
			a = self.comma()
			if self.peek() == ":":
				self.take()
			return ("cond", c, a, self.ternary())
		return c

	def binary(self, minprec):
		left = self.unary()
		while True:
			op = self.peek()
			p = GZ_BINARY.get(op)
			if p is None or p < minprec:
				return left
			self.take()
			left = ("bin", op, left, self.binary(p + 1))

	def cast_ahead(self):
		# At "(": is it "(type)" followed by an operand?
		j = self.i + 1
		words = []
		while j < len(self.t) and self.t[j] != ")":
			w = self.t[j]
			if w != "*" and not gz_is_ident(w):
				return None
			words.append(w)
			j += 1
		if j >= len(self.t) or not words:
			return None
		nxt = self.t[j + 1] if j + 1 < len(self.t) else None
		if nxt is None or not (gz_is_ident(nxt) or nxt[0].isdigit() or
				       nxt[0] in GZ_QUOTES or nxt[0] in "(&*!~-+"):
			return None
		typey = (words[-1] == "*" or
			 any(w in GZ_TYPEWORDS for w in words) or
			 (len(words) == 1 and words[0].endswith("_t")))
		return j if typey else None

	def unary(self):
		t = self.peek()
		if t in ("!", "~", "-", "+", "*", "&", "++", "--"):
			self.take()
			return ("un", t, self.unary())
		if t == "sizeof":
			self.take()
			if self.peek() == "(":
				self.group()
			else:
				self.unary()
			return ("num", "sizeof")
		if t == "(":
			j = self.cast_ahead()
			if j is not None:
				ty = " ".join(self.t[self.i + 1:j])
				self.i = j + 1
				return ("cast", ty, self.unary())
		return self.postfix(self.primary())

	def group(self):
		# Skip a balanced (...), [...] or {...} group.
		depth = 0
		while self.peek() is not None:
			tok = self.take()
			if tok in ("(", "[", "{"):
				depth += 1
			elif tok in (")", "]", "}"):
				depth -= 1
				if depth <= 0:
					return

	def primary(self):
		t = self.peek()
		if t is None:
			return ("other",)
		if t == "(":
			self.take()
			if self.peek() == "{":
				self.i -= 1
				self.group()
				return ("other",)
			e = self.comma()
			if self.peek() == ")":
				self.take()
			return e
		if t == "{":
			self.group()
			return ("other",)
		self.take()
		if t[0].isdigit():
			return ("num", t)
		if t[0] in GZ_QUOTES:
			while self.peek() is not None and self.peek()[0] == t[0]:
				self.take()
			return ("str", t)
		if gz_is_ident(t):
			return ("id", t)
		return ("other",)

	def postfix(self, e):
		while True:
			t = self.peek()
			if t == "(":
				self.take()
				args = []
				while self.peek() not in (None, ")"):
					args.append(self.assign())
					if self.peek() == ",":
						self.take()
					elif self.peek() != ")":
						self.group()
						break
				if self.peek() == ")":
					self.take()
				e = ("call", e, args)
			elif t == "[":
				self.take()
				idx = self.comma()
				if self.peek() == "]":
					self.take()
				e = ("index", e, idx)
			elif t in (".", "->"):
				self.take()
				f = self.take()
				e = ("member", e, f, t == "->")
			elif t in ("++", "--"):
				self.take()
				e = ("post", t, e)
			else:
				return e


def gz_parse(text):
	toks = gz_tokens(text)
	if not toks:
		return ("other",)
	return GzParser(toks).comma()


def gz_unparen(e):
	while e[0] == "cast":
		e = e[2]
	return e


def gz_callee(e):
	# The name a call expression calls, suffix stripped, or None.
	if e[0] == "call" and e[1][0] == "id":
		return gz_strip_name(e[1][1])
	return None


def gz_num(tok):
	try:
		return int(tok.rstrip("uUlL"), 0)
	except ValueError:
		return None


def gz_is_zero(e):
	e = gz_unparen(e)
	if e[0] == "num":
		return gz_num(e[1]) == 0
	return e[0] == "id" and e[1] in ("NULL", "false")


def gz_const_name(name):
	return name in ("NULL", "true", "false") or name == name.upper()


def gz_is_const(e):
	# An integer constant: literals and macro-looking names only.
	k = e[0]
	if k in ("num", "str"):
		return True
	if k == "id":
		return gz_const_name(e[1])
	if k == "cast":
		return gz_is_const(e[2])
	if k == "un":
		return e[1] in ("-", "~", "!", "+") and gz_is_const(e[2])
	if k == "bin":
		return gz_is_const(e[2]) and gz_is_const(e[3])
	return False


def gz_same_expr(a, b):
	return gz_unparen(a) == gz_unparen(b)


def gz_words(e, out):
	# The identifiers of an expression.
	if isinstance(e, tuple):
		if e and e[0] == "id":
			out.add(e[1])
		for x in e[1:]:
			gz_words(x, out)
	elif isinstance(e, list):
		for x in e:
			gz_words(x, out)
	return out

# ---- what a value holds, relative to one origin (plugin/track.h) -----

OBJ, SUB, MAP, MAPOFF, TAINT, MIXED, FOREIGN = 1, 2, 4, 8, 16, 32, 64
ANY = OBJ | SUB | MAP | MAPOFF | TAINT


def gz_plus_state(st, off):
	if gz_is_zero(off):
		return st
	if st & (OBJ | SUB):
		return SUB
	if st & (MAP | MAPOFF):
		return MAPOFF
	return TAINT


def gz_addr_state(e, st, org):
	e = gz_unparen(e)
	if e[0] == "member" and e[3]:
		s = gz_ev(e[1], st, org)
		if not s & ANY:
			return 0
		if e[2] == "page":	# the first member of struct folio
			return s & (ANY | MIXED)
		return MAPOFF if s & (MAP | MAPOFF) else TAINT
	if e[0] == "index":
		s = gz_ev(e[1], st, org)
		if not s & ANY:
			return 0
		if gz_is_zero(e[2]):
			return s & (ANY | MIXED)
		return MAPOFF if s & (MAP | MAPOFF) else TAINT
	return 0


def gz_call_state(e, st, org):
	if org is not None and e is org:
		return OBJ
	name = gz_callee(e)
	args = e[2]
	ent = GZ_SAME.get(name) or GZ_MAP.get(name)
	if ent is not None and ent.obj < len(args):
		ost = gz_ev(args[ent.obj], st, org)
		off = args[ent.index] if 0 <= ent.index < len(args) else None
		nonzero = off is not None and not gz_is_zero(off)
		s = 0
		if ost & OBJ:
			s = SUB if nonzero else OBJ
		if ost & SUB:
			s |= SUB
		if name in GZ_MAP and s:
			s = MAPOFF if (s & SUB or nonzero) else MAP
		return s | (ost & MIXED)
	if name is not None and name in GZ_ALLOC:
		return 0
	for a in args:
		if gz_ev(a, st, org) & ANY:
			return TAINT
	return 0


def gz_ev(e, st, org=None):
	# What expression E holds in state ST (variable -> flags).
	k = e[0]
	if k == "id":
		return st.get(e[1], 0 if gz_const_name(e[1]) else FOREIGN)
	if k == "cast":
		return gz_ev(e[2], st, org)
	if k == "call":
		return gz_call_state(e, st, org)
	if k == "un":
		if e[1] == "&":
			return gz_addr_state(e[2], st, org)
		if e[1] == "*":
			return 0
		return TAINT if gz_ev(e[2], st, org) & ANY else 0
	if k == "post":
		return TAINT if gz_ev(e[2], st, org) & ANY else 0
	if k == "bin":
		l = gz_ev(e[2], st, org)
		r = gz_ev(e[3], st, org)
		if e[1] in ("+", "-") and l & ANY:
			return gz_plus_state(l, e[3])
		if e[1] == "+" and r & ANY:
			return gz_plus_state(r, e[2])
		return TAINT if (l | r) & ANY else 0
	if k == "cond":
		a = gz_ev(e[2], st, org)
		b = gz_ev(e[3], st, org)
		s = (a | b) & (ANY | MIXED)
		if s & OBJ and (a | b) & FOREIGN:
			s |= MIXED
		return s
	if k == "asg":
		return gz_ev(e[3], st, org)
	return 0


def gz_join(a, b):
	if a is None:
		return b
	if b is None:
		return a
	out = {}
	for v in set(a) | set(b):
		f = a.get(v, FOREIGN) | b.get(v, FOREIGN)
		if f & OBJ and f & FOREIGN:
			f |= MIXED
		out[v] = f
	return out

# ---- the facts of one file, as the SmPL rules below report them ------

GZ_FILES = {}		# file -> GzFile, for the files of this spatch group
GZ_PLANS = {}		# file -> GzPlan, the conversions patch mode makes
GZ_CONTEXT = {}		# file -> set of (line, column) to mark in context mode
GZ_MODE = {"patch": False, "assume": False}
GZ_PLUMBING = {}	# directory or tree -> defines USER_ADDR_NONE
GZ_UNDEF = "<undef>"


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
# bodies of functions that cannot hold a fact (lib/gfpzero-slice.awk):
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
	if not init:
		ff.probe.setdefault("decl", set()).add((p[0].current_element,
							name))


def gz_fact_stmt(p):
	gz_file(p).stmts[gz_start(p)] = gz_end(p)


def gz_probe(kind, p):
	gz_file(p).probe.setdefault(kind, set()).add((int(p[0].line),
						      gz_text(p)))


# ---- control flow: a graph of each function from its items ------------

def gz_within(ext, it):
	return ext[0] <= it.start and it.end <= ext[1]


def gz_attach(parent, it):
	if parent.kind == "if":
		if gz_within(parent.text, it):
			parent.then.append(it)
		elif parent.eext and gz_within(parent.eext, it):
			parent.els.append(it)
		else:
			parent.pre.append(it)
	elif parent.kind == "loop":
		if gz_within(parent.bext, it):
			parent.body.append(it)
		else:
			parent.pre.append(it)
	else:
		parent.pre.append(it)


def gz_nest(items):
	roots = []
	stack = []
	for it in sorted(items, key=lambda i: (i.start, (-i.end[0], -i.end[1]))):
		while stack and not (stack[-1].start <= it.start and
				     it.end <= stack[-1].end and
				     stack[-1].kind in ("if", "loop", "call", "asg",
							"ret")):
			stack.pop()
		if stack:
			gz_attach(stack[-1], it)
		else:
			roots.append(it)
		stack.append(it)
	return roots


def gz_seq(fn, items, succ, brk, cont):
	for it in reversed(items):
		succ = gz_item_node(fn, it, succ, brk, cont)
	return succ


def gz_cond(fn, e, t, f):
	# Branch nodes for condition E, as GCC splits it.
	e = gz_unparen(e)
	if e[0] == "call" and gz_callee(e) in GZ_HINT and e[2]:
		return gz_cond(fn, e[2][0], t, f)
	if e[0] == "un" and e[1] == "!":
		return gz_cond(fn, e[2], f, t)
	if e[0] == "bin" and e[1] == "&&":
		return gz_cond(fn, e[2], gz_cond(fn, e[3], t, f), f)
	if e[0] == "bin" and e[1] == "||":
		return gz_cond(fn, e[2], t, gz_cond(fn, e[3], t, f))
	if e[0] == "bin" and e[1] in ("==", "!="):
		for x, y in ((e[2], e[3]), (e[3], e[2])):
			if gz_is_zero(y):
				if e[1] == "==":
					return gz_cond(fn, x, f, t)
				return gz_cond(fn, x, t, f)
	n = fn.node("branch", None, [t, f])
	n.leaf = e
	n.t = t
	n.f = f
	return n


def gz_item_node(fn, it, succ, brk, cont):
	k = it.kind
	if k in ("call", "asg"):
		it.node = fn.node("ev", it, [succ])
		return gz_seq(fn, it.pre, it.node, brk, cont)
	if k == "ret":
		it.node = fn.node("ret", it, [fn.exit])
		return gz_seq(fn, it.pre, it.node, brk, cont)
	if k == "goto":
		n = fn.node("jump", it)
		fn.gotos.append((n, it.label))
		return n
	if k == "break":
		return fn.node("jump", it, [brk if brk is not None else succ])
	if k == "continue":
		return fn.node("jump", it, [cont if cont is not None else succ])
	if k == "label":
		n = fn.node("label", it, [succ])
		fn.labels[it.label] = n
		return n
	if k == "if":
		t = gz_seq(fn, it.then, succ, brk, cont)
		f = gz_seq(fn, it.els, succ, brk, cont) if it.eext else succ
		return gz_seq(fn, it.pre, gz_cond(fn, it.cond, t, f), brk, cont)
	if k == "loop":
		head = fn.node("join", it)
		body = gz_seq(fn, it.body, head, succ, head)
		if it.cond is not None:
			head.succ = [gz_cond(fn, it.cond, body, succ)]
		else:
			b = fn.node("branch", None, [body, succ])
			b.t = body
			b.f = succ
			head.succ = [b]
		return gz_seq(fn, it.pre, head, brk, cont)
	return succ


def gz_order(start, nexts):
	# Reverse post-order from START.
	seen = set([start.id])
	order = []
	stack = [(start, iter(nexts(start)))]
	while stack:
		n, it = stack[-1]
		for s in it:
			if s.id not in seen:
				seen.add(s.id)
				stack.append((s, iter(nexts(s))))
				break
		else:
			stack.pop()
			order.append(n)
	order.reverse()
	return order


def gz_dominators(order, preds):
	idx = dict((n.id, i) for i, n in enumerate(order))
	idom = {order[0].id: order[0]}
	changed = True
	while changed:
		changed = False
		for n in order[1:]:
			new = None
			for p in preds(n):
				if p.id not in idom:
					continue
				if new is None:
					new = p
					continue
				a, b = p, new
				while a is not b:
					while idx[a.id] > idx[b.id]:
						a = idom[a.id]
					while idx[b.id] > idx[a.id]:
						b = idom[b.id]
				new = a
			if new is not None and idom.get(n.id) is not new:
				idom[n.id] = new
				changed = True
	return idom


def gz_dominates(idom, a, b):
	if b.id not in idom:
		return False
	x = b
	while True:
		if x is a:
			return True
		nx = idom[x.id]
		if nx is x:
			return False
		x = nx


def gz_build(fn):
	fn.exit = fn.node("exit")
	fn.labels = {}
	fn.gotos = []
	body = gz_seq(fn, gz_nest(fn.items), fn.exit, None, None)
	fn.entry = fn.node("entry", None, [body])
	for n, label in fn.gotos:
		n.succ = [fn.labels.get(label, fn.exit)]
	for n in fn.nodes:
		for s in n.succ:
			s.pred.append(n)
	fn.order = gz_order(fn.entry, lambda n: n.succ)
	fn.idom = gz_dominators(fn.order, lambda n: n.pred)
	fn.ipdom = gz_dominators(gz_order(fn.exit, lambda n: n.pred),
				 lambda n: n.succ)
	fn.calls = sorted([n for n in fn.nodes if n.kind == "ev" and
			   n.item.kind == "call"], key=lambda n: n.item.start)
	fn.zero_nodes = [n for n in fn.calls if gz_role(n.item.name) == "zero"]
	fn.publish_nodes = [n for n in fn.calls
			    if gz_role(n.item.name) == "publish"]
	fn.rd = gz_reaching(fn)


def gz_reaches(a, b, avoid):
	work = [a]
	seen = set()
	while work:
		n = work.pop()
		if n is b:
			return True
		if n is avoid or n.id in seen:
			continue
		seen.add(n.id)
		work.extend(n.succ)
	return False


def gz_fixpoint(fn, start, transfer, join):
	# Forward data flow: the state before each node.
	inn = {}
	out = {}
	for _ in range(32):
		changed = False
		for n in fn.order:
			if n is fn.entry:
				s = start
			else:
				s = None
				for p in n.pred:
					if p.id in out:
						s = join(s, out[p.id])
				if s is None:
					continue
			inn[n.id] = s
			o = transfer(n, s)
			if out.get(n.id) != o:
				out[n.id] = o
				changed = True
		if not changed:
			break
	return inn


def gz_rd_join(a, b):
	if a is None:
		return b
	if b is None:
		return a
	out = {}
	for v in set(a) | set(b):
		out[v] = a.get(v, frozenset([GZ_UNDEF])) | \
			 b.get(v, frozenset([GZ_UNDEF]))
	return out


def gz_reaching(fn):
	def transfer(n, s):
		it = n.item
		if n.kind == "ev" and it.kind == "asg" and it.lhs[0] == "id":
			s = dict(s)
			s[it.lhs[1]] = frozenset([id(it)])
		return s
	fn.asgs = dict((id(n.item), n.item) for n in fn.nodes
		       if n.kind == "ev" and n.item.kind == "asg")
	return gz_fixpoint(fn, {}, transfer, gz_rd_join)


def gz_unique_def(fn, n, var):
	# The only assignment to VAR that reaches node N, if there is one.
	s = fn.rd.get(n.id, {}).get(var)
	if not s or len(s) != 1 or GZ_UNDEF in s:
		return None
	return fn.asgs.get(next(iter(s)))

# ---- following one origin (plugin/flow.c, control.c) -------------------

class GzOrigin:
	def __init__(self, fn, node, var=None, asg=None, call=None, ast=None,
		     entry=None):
		self.fn = fn
		self.node = node	# the allocation, or the entry for a parameter
		self.var = var
		self.asg = asg
		self.call = call	# the call item of the allocator
		self.ast = ast		# that call, inside asg.rhs
		self.entry = entry	# its catalogue entry
		self.gfp_zero = False
		self.returned = False
		self.inn = {}

	def state(self, n):
		return self.inn.get(n.id, {})


def gz_alloc_in(e, wrappers):
	# The allocator call E holds, through casts, SAME and MAP calls, and
	# its catalogue entry (a wrapper: the entry of what it wraps).
	e = gz_unparen(e)
	if e[0] != "call":
		return None, None
	name = gz_callee(e)
	if name is not None and gz_alloc_entry(name, len(e[2])) is not None:
		return e, gz_alloc_entry(name, len(e[2]))
	if e[1][0] == "id" and e[1][1] in wrappers:
		return e, wrappers[e[1][1]]
	ent = GZ_SAME.get(name) or GZ_MAP.get(name)
	if ent is not None and ent.obj < len(e[2]):
		return gz_alloc_in(e[2][ent.obj], wrappers)
	return None, None


def gz_origins(fn, wrappers):
	out = []
	for n in fn.nodes:
		it = n.item
		if n.kind != "ev" or it.kind != "asg" or it.lhs[0] != "id" or \
		   it.aop != "=":
			continue
		ast, entry = gz_alloc_in(it.rhs, wrappers)
		if ast is None:
			continue
		name = ast[1][1]
		calls = [c for c in gz_all_calls(it) if c.name == name and
			 len(c.args) == len(ast[2])]
		if not calls:
			continue
		out.append(GzOrigin(fn, n, var=it.lhs[1], asg=it, call=calls[0],
				    ast=ast, entry=entry))
	for n in fn.nodes:
		# "return alloc(...)": only a wrapper can make use of it
		if n.kind != "ret" or n.item.expr is None:
			continue
		ast, entry = gz_alloc_in(n.item.expr, wrappers)
		calls = [c for c in gz_all_calls(n.item)
			 if ast is not None and c.name == ast[1][1]]
		if calls:
			o = GzOrigin(fn, n, call=calls[0], ast=ast, entry=entry)
			o.returned = True
			out.append(o)
	return sorted(out, key=lambda o: o.call.start)


def gz_note_wrapper(fn, origins, wrappers):
	# A function that returns the fresh page of one of its origins (or
	# NULL) on every path: its calls are allocations by what it wraps,
	# with no fix-it (the gfp argument is in the wrapper, shared).
	rets = [n for n in fn.nodes if n.kind == "ret"]
	if not rets or any(n.item.expr is None for n in rets):
		return
	for o in origins:
		ok = True
		for n in rets:
			if gz_is_zero(n.item.expr):
				continue
			st = gz_ev(n.item.expr, o.state(n), o.ast)
			if not st & OBJ or st & (MIXED | SUB):
				ok = False
				break
		if ok and any(not gz_is_zero(n.item.expr) for n in rets):
			w = GzEntry(**o.entry.__dict__)
			w.name = fn.name
			w.arity = w.gfp = w.order = w.addr = w.user_addr = -1
			w.wrapper_gfp_zero = o.gfp_zero
			wrappers[fn.name] = w
			return


def gz_all_calls(it):
	out = []
	for c in it.pre:
		if c.kind == "call":
			out.append(c)
		out.extend(gz_all_calls(c))
	return sorted(out, key=lambda c: c.start)


def gz_flow(o):
	fn = o.fn

	def transfer(n, s):
		it = n.item
		if n.kind != "ev" or it.kind != "asg" or it.lhs[0] != "id":
			return s
		if it is o.asg:
			v = gz_ev(it.rhs, s, o.ast) & (ANY | MIXED)
		else:
			rhs = it.rhs
			if it.aop != "=":
				rhs = ("bin", it.aop[:-1], it.lhs, it.rhs)
			v = gz_ev(rhs, s) & (ANY | MIXED)
			if not v and not gz_is_const(rhs):
				v = FOREIGN
		s = dict(s)
		s[it.lhs[1]] = v
		return s
	start = {o.var: OBJ} if o.asg is None else {}
	o.inn = gz_fixpoint(fn, start, transfer, gz_join)


def gz_uses(o, n):
	# Does node N use the object; does it release it?
	it = n.item
	st = o.state(n)
	if n.kind == "ret":
		return (it.expr is not None and
			bool(gz_ev(it.expr, st) & (OBJ | MAP))), False
	if n.kind != "ev":
		return False, False
	if it.kind == "call":
		role = gz_role(it.name)
		used = any(gz_ev(a, st) & ANY for a in it.args)
		if used and role == "release":
			return False, True
		if role in ("same", "map"):
			return False, False
		return used, False
	if it.lhs[0] != "id":
		return bool(gz_ev(it.rhs, st) & (OBJ | MAP)), False
	return False, False


def gz_cond_guard(d, z):
	# A guard predicate that lets Z run exactly when zeroing is needed.
	leaf = d.leaf
	name = gz_callee(leaf) if leaf is not None else None
	if name not in GZ_GUARD or leaf[2]:
		return None
	t = gz_reaches(d.t, z, d)
	f = gz_reaches(d.f, z, d)
	if t == f:
		return None
	return name if t == (GZ_GUARD[name] != 0) else None


def gz_edge_ends(o, d, s):
	# Does taking edge S of branch D end the object's path harmlessly:
	# the object is NULL there, or a guard says the allocator zeroed it?
	leaf = d.leaf
	if leaf is None:
		return False
	if gz_ev(leaf, o.state(d)) & OBJ:
		return s is d.f and d.f is not d.t
	name = gz_callee(leaf)
	if name in GZ_GUARD and not leaf[2] and d.t is not d.f:
		return s is (d.f if GZ_GUARD[name] != 0 else d.t)
	return False


def gz_unzeroed_use(o, z):
	# Is the object used on a path from its allocation that ends (the
	# function returns, or the allocation runs again and makes another
	# page) without passing Z?  A path ends harmlessly where the object
	# is released, NULL, said zeroed by a guard, or at a call that never
	# returns (plugin/control.c gz_unzeroed_use).
	fn = o.fn
	work = [(n, False) for n in o.node.succ]
	seen = set()
	while work:
		n, used = work.pop()
		if n is fn.exit:
			if used:
				return True
			continue
		if n is z:
			continue
		if n is o.node:
			if used:
				return True
			continue
		if (n.id, used) in seen:
			continue
		seen.add((n.id, used))
		if n.kind == "ev" and n.item.kind == "call" and \
		   gz_strip_name(n.item.name) in GZ_NORETURN:
			continue
		u, released = gz_uses(o, n)
		if released:
			continue
		used = used or u
		for nx in set(n.succ):
			if n.kind == "branch" and gz_edge_ends(o, n, nx):
				continue
			work.append((nx, used))
	return False


def gz_controls(o, z):
	# The guard, and whether the object is used on a path that skips Z
	# (plugin/control.c gz_controls).
	fn = o.fn
	guard = None
	d = z
	for _ in range(len(fn.nodes)):
		if d is o.node:
			break
		nd = fn.idom.get(d.id)
		if nd is None or nd is d:
			break
		d = nd
		if not gz_dominates(fn.idom, o.node, d):
			break
		if d.kind != "branch" or gz_dominates(fn.ipdom, z, d):
			continue
		if d.leaf is not None and gz_ev(d.leaf, o.state(d)) & OBJ:
			continue	# the allocation-failure check
		guard = guard or gz_cond_guard(d, z)
	return guard, gz_unzeroed_use(o, z)


GZ_PUBLISHERS = {}		# a function of the file: the parameters it publishes


def gz_publishes(n, st):
	# Does call node N publish the object: a catalogue publishing call
	# with it among the arguments, or a function of this file that
	# publishes the parameter it is passed as (plugin/check.c).
	it = n.item
	if gz_role(it.name) == "publish":
		return any(gz_ev(a, st) & ANY for a in it.args)
	if gz_role(it.name) is not None:
		return False
	return any(i < len(it.args) and gz_ev(it.args[i], st) & ANY
		   for i in GZ_PUBLISHERS.get(it.name, ()))


def gz_published_before(o, z):
	for n in o.fn.calls:
		# a callee that zeroes, then publishes: its own order
		if n is z or not gz_publishes(n, o.state(n)):
			continue
		if z is None or gz_dominates(o.fn.idom, n, z):
			return True
	return False


def gz_note_publisher(fn):
	# The pointer parameters this function maps to user space.
	pub = set()
	for i, (pname, ptr) in enumerate(fn.params):
		if not ptr or not pname:
			continue
		o = GzOrigin(fn, fn.entry, var=pname)
		gz_flow(o)
		if gz_published_before(o, None):
			pub.add(i)
	if pub:
		GZ_PUBLISHERS[fn.name] = pub


def gz_gfp_has_zero(o):
	ae = o.entry
	args = o.call.args
	if hasattr(ae, "wrapper_gfp_zero"):
		return ae.wrapper_gfp_zero
	if ae.gfp < 0 or ae.gfp >= len(args):
		return False
	if set(gz_tokens(o.call.argtext[ae.gfp])) & GZ_GFP_ZERO:
		return True
	e = gz_unparen(args[ae.gfp])
	n = o.node
	for _ in range(4):
		if e[0] != "id":
			return False
		d = gz_unique_def(o.fn, n, e[1])
		if d is None:
			return False
		if gz_words(d.rhs, set()) & GZ_GFP_ZERO:
			return True
		if d.aop != "=":
			return False
		e = gz_unparen(d.rhs)
		n = d.node
	return False

# ---- deciding the check (plugin/check.c) ------------------------------

GZ_REASON_TEXT = {
	"pool-allocator": "it comes from a pool allocator, whose pages do not pass through post_alloc_hook() at fault time",
	"no-user-address-parameter": "its allocator takes no user address, so the allocator could only zero it through the kernel alias",
	"not-a-user-address": "the zeroing is given a constant, not a user address",
	"partial-zeroing": "only part of it is zeroed here",
	"zeroed-after-publish": "it is zeroed after it was mapped to user space",
	"conditional-zeroing": "it is zeroed only on some paths that use it",
	"shared-callee": "the zeroing is in a function that other callers share",
}
GZ_CHECKS = ["double-zeroing", "manual-zeroing", "zero-without-user-addr",
	     "unconvertible-zeroing"]


class GzFacts:
	def __init__(self, **kw):
		self.guard = None
		self.published = False
		self.conditional = False
		self.mixed = False
		self.__dict__.update(kw)


class GzFinding:
	def __init__(self, **kw):
		self.reason = None
		self.via = None
		self.shared_message = None
		self.fixit = False
		self.edits = None
		self.__dict__.update(kw)

	def key(self):
		return (self.zitem.npos[0], self.zitem.npos[1],
			GZ_CHECKS.index(self.check), self.afn.name,
			self.origin.call.npos)


def gz_full_length(ze, it):
	if ze.len < 0:
		return True
	if ze.len >= len(it.args):
		return False
	t = gz_tokens(it.argtext[ze.len])
	return t == ["PAGE_SIZE"] or t[:2] in (["folio_size", "("],
					       ["page_size", "("])


def gz_zero_facts(o, z):
	it = z.item
	ze = GZ_ZERO[gz_strip_name(it.name)]
	args = it.args
	if ze.obj >= len(args):
		return None
	st = gz_ev(args[ze.obj], o.state(z))
	if ze.object == KADDR:
		if not st & (MAP | MAPOFF):
			return None
	elif not st & (OBJ | SUB):
		return None
	if ze.value >= 0 and (ze.value >= len(args) or
			      not gz_is_zero(args[ze.value])):
		return None
	x = GzFacts(node=z, item=it, ze=ze)
	x.partial = (ze.extent == RANGE or bool(st & (SUB | MAPOFF)) or
		     not gz_full_length(ze, it))
	x.user_addr = 0 <= ze.addr < len(args)
	x.const_addr = x.user_addr and gz_is_const(args[ze.addr])
	x.mixed = bool(st & MIXED)
	return x


def gz_decide(o, x, via=None):
	ae = o.entry
	obj = "folio" if ae.object == FOLIO else "page"
	zname = gz_strip_name(x.item.name)
	callee = gz_strip_name(o.call.name)
	r = None
	if ae.kind == NOADDR:
		if not x.user_addr and not gz_published_before(o, None):
			return None		# a kernel page
		r = "no-user-address-parameter"
	elif x.const_addr:
		r = "not-a-user-address"
	elif ae.kind == POOL:
		r = "pool-allocator"
	elif x.partial:
		r = "partial-zeroing"
	elif x.published:
		r = "zeroed-after-publish"
	elif x.mixed or x.conditional:
		r = "conditional-zeroing"
	if r is not None:
		check = "unconvertible-zeroing"
		msg = ("user %s from '%s' is zeroed by hand with '%s', but passing __GFP_ZERO instead would be wrong (%s): %s"
		       % (obj, callee, zname, r, GZ_REASON_TEXT[r]))
	elif o.gfp_zero or ae.kind == ZEROED:
		check = "double-zeroing"
		msg = ("user %s from '%s' was already zeroed by the allocator; '%s' zeroes it a second time"
		       % (obj, callee, zname))
	elif x.guard:
		check = "manual-zeroing"
		msg = ("user %s from '%s' is zeroed by hand with '%s' under '%s()'; pass __GFP_ZERO so the allocator zeroes it with the user address"
		       % (obj, callee, zname, x.guard))
	else:
		check = "double-zeroing"
		msg = ("user %s from '%s' is zeroed by hand with '%s'; with init_on_alloc=1 it is zeroed twice, the second time through the cache-flush path; pass __GFP_ZERO"
		       % (obj, callee, zname))
	f = GzFinding(check=check, reason=r, message=msg, zitem=x.item,
		      zfn=via if via is not None else o.fn, afn=o.fn,
		      origin=o, x=x, via=via)
	if via is not None and r is None:
		f.shared_message = ("user %s from '%s' is zeroed by hand with '%s' in '%s', but passing __GFP_ZERO instead would be wrong (%s): %s"
				    % (obj, callee, zname, via.name,
				       "shared-callee",
				       GZ_REASON_TEXT["shared-callee"]))
	return f


def gz_zeroing(o, z, out):
	x = gz_zero_facts(o, z)
	if x is None:
		return
	x.guard, x.conditional = gz_controls(o, z)
	x.published = gz_published_before(o, z)
	f = gz_decide(o, x)
	if f is not None:
		out.append(f)


def gz_summarise(fn):
	# The first zeroing of each pointer parameter (plugin/check.c).
	names = [p[0] for p in fn.params]
	for i, (pname, ptr) in enumerate(fn.params):
		if not ptr or not pname:
			continue
		o = GzOrigin(fn, fn.entry, var=pname)
		gz_flow(o)
		for z in fn.zero_nodes:
			x = gz_zero_facts(o, z)
			if x is None:
				continue
			guard, cond = gz_controls(o, z)
			s = GzFacts(item=z.item, node=z, ze=x.ze, guard=guard,
				    partial=x.partial, user_addr=x.user_addr,
				    const_addr=x.const_addr,
				    conditional=cond or x.mixed, param=i,
				    addr_param=None)
			ze = x.ze
			if 0 <= ze.addr < len(z.item.args):
				a = gz_unparen(z.item.args[ze.addr])
				if a[0] == "member" and a[3] and a[1][0] == "id" and \
				   a[1][1] in names:
					s.addr_param = names.index(a[1][1])
					s.addr_field = a[2]
					s.addr_arg = ze.addr
					s.param_name = a[1][1]
			fn.summaries[i] = s
			break


def gz_callee_zeroing(o, c, callee, out):
	# A call handing the object to a function of this file that zeroes
	# its parameter: the finding sits at the zeroing in the callee.
	fresh = False
	for i, s in sorted(callee.summaries.items()):
		if i >= len(c.item.args):
			continue
		st = gz_ev(c.item.args[i], o.state(c))
		if not st & OBJ:
			continue
		if o.entry.kind not in (NOADDR, POOL):
			fresh = True
		guard, cond = gz_controls(o, c)
		x = GzFacts(item=s.item, node=s.node, ze=s.ze, partial=s.partial,
			    user_addr=s.user_addr, const_addr=s.const_addr)
		x.published = gz_published_before(o, c)
		x.mixed = bool(st & MIXED)
		x.conditional = cond or s.conditional
		x.guard = s.guard or guard
		f = gz_decide(o, x, via=callee)
		if f is not None:
			f.call = c
			f.summary = s
			out.append(f)
	return fresh


def gz_zero_without_addr(o, out):
	ae = o.entry
	no_addr = ae.kind == NOADDR
	if ae.kind == SERIES and 0 <= ae.user_addr < len(o.call.args):
		no_addr = gz_tokens(o.call.argtext[ae.user_addr]) in \
			  [[n] for n in GZ_NO_USER_ADDR]
	if not no_addr or not o.gfp_zero or not gz_published_before(o, None):
		return
	obj = "folio" if ae.object == FOLIO else "page"
	callee = gz_strip_name(o.call.name)
	out.append(GzFinding(check="zero-without-user-addr", zitem=o.call,
			     zfn=o.fn, afn=o.fn, origin=o, x=None,
			     message="'%s' zeroes this %s with __GFP_ZERO through the kernel alias only, and it is mapped to user space in this function; on aliasing-cache architectures the user mapping can see stale cache lines"
			     % (callee, obj)))

# ---- the conversion (plugin/fixit.c, source.c) ------------------------

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


def gz_remove_call(ff, fn, it, allow_if):
	# The removal of the statement call IT starts, keyed by what stays
	# the same while earlier rules rewrite the file: function, kind,
	# name and the text of its first line (unique in the function).
	end = gz_stmt_end(ff, it)
	kind = gz_removal(ff, it.start, end, allow_if) if end else None
	if kind is None or (kind != "stmt" and
			    (it.start[0], it.name) not in ff.probe.get(kind, ())):
		return None
	key = gz_nows(ff.line(it.start[0]))
	if len([n for n in fn.calls if n.item.name == it.name and
		gz_nows(ff.line(n.item.start[0])) == key]) != 1:
		return None
	return ("rm", fn.name, kind, it.name, key)


def gz_remove_asg(ff, fn, it, var):
	key = gz_nows(ff.line(it.start[0]))
	if ff.stmts.get(it.start) != it.end or \
	   len([a for a in fn.asgs.values() if a.lhs == ("id", var) and
		gz_nows(ff.line(a.start[0])) == key]) != 1:
		return None
	return ("rm", fn.name, "asg", var, key)


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


def gz_fix_declaration(ff, fn, var):
	ds = [d for d in ff.decls if d.fnkey == fn.key and d.name == var]
	if any(d.init for d in ds):
		return []		# removed with its initialiser
	if not ds:
		return []
	if len(ds) > 1:
		return None
	d = ds[0]
	s = ff.line(d.start[0])
	rest = s[d.end[1]:].lstrip()
	if not rest.startswith(";") or rest[1:].strip() or \
	   any(ch in ",;(" for ch in s[:d.start[1]]):
		return None		# "void *a, *b;": leave it
	if (fn.name, var) not in ff.probe.get("decl", ()):
		return None
	return [("decl", fn.name, var)]


def gz_fix_mapping(ff, fn, z, zit, ze):
	# The mapping of the zeroing, held in a variable used only by the
	# zeroing and the matching unmap: those statements go too.
	karg = zit.args[ze.obj]
	if karg[0] != "id":
		# mapped within the zeroing statement, maybe of a copy
		return gz_fix_alias(ff, fn, zit, ze.obj)
	var = karg[1]
	d = gz_unique_def(fn, z, var)
	if d is None or d.aop != "=" or d.rhs[0] != "call" or \
	   gz_role(d.rhs[1][1] if d.rhs[1][0] == "id" else "") != "map":
		return []
	edits = []
	unmaps = [n for n in fn.calls if gz_role(n.item.name) == "unmap" and
		  n.item.args and n.item.args[0] == ("id", var)]
	plain = [x for x in ff.decls if x.fnkey == fn.key and x.name == var and
		 not x.init]
	if gz_count(ff, fn, var) != 2 + len(unmaps) + len(plain):
		return None
	for u in unmaps:
		e = gz_remove_call(ff, fn, u.item, False)
		if e is None or e[2] != "stmt":
			return None
		edits.append(e)
	m = [c for c in gz_all_calls(d) if gz_role(c.name) == "map"]
	if not m:
		return None
	m = m[0]
	s = ff.line(m.start[0])
	col = len(s) - len(s.lstrip())
	if any(ch in ";(," for ch in s[col:m.start[1]]):
		return None
	e = gz_next_char(ff, d.end[0], d.end[1])
	if e is None or e[2] != ";" or \
	   gz_removal(ff, (m.start[0], col), (e[0], e[1] + 1), False) != "stmt":
		return None
	if d.decl:
		key = gz_nows(s)
		if (m.start[0], m.name) not in ff.probe.get("mapdecl", ()) or \
		   len([c for c in fn.calls if c.item.name == m.name and
			gz_nows(ff.line(c.item.start[0])) == key]) != 1:
			return None
		edits.append(("mapdecl", fn.name, m.name, key))
		edits.append(("rm", fn.name, "stmt", m.name,
			      gz_nows(s[m.start[1]:])))
	else:
		e = gz_remove_asg(ff, fn, d, var)
		if e is None:
			return None
		edits.append(e)
	e = gz_fix_declaration(ff, fn, var)
	if e is None:
		return None
	# the page the mapping was made of may be a copy made for it
	a = gz_fix_alias(ff, fn, m, GZ_MAP[gz_strip_name(m.name)].obj)
	return None if a is None else edits + e + a


def gz_adjusted_from(t, raw):
	t = gz_unparen(t)
	if gz_same_expr(t, raw):
		return True
	if t[0] == "bin" and t[1] in ("+", "-"):
		return gz_adjusted_from(t[3], raw) or gz_adjusted_from(t[2], raw)
	return False


GZ_ALIGN = set(["ALIGN_DOWN", "ALIGN", "round_down", "round_up",
		"__ALIGN_KERNEL"])


def gz_aligned_from(fn, n, a, raw):
	# Is A an aligned form (ALIGN_DOWN(x, ..), x & mask) of RAW?
	for _ in range(4):
		a = gz_unparen(a)
		if a[0] != "id":
			break
		d = gz_unique_def(fn, n, a[1])
		if d is None or d.aop != "=":
			return False
		a = d.rhs
		n = d.node
	if a[0] == "call" and gz_callee(a) in GZ_ALIGN and a[2]:
		return gz_adjusted_from(a[2][0], raw)
	if a[0] == "bin" and a[1] == "&":
		return gz_adjusted_from(a[2], raw) or gz_adjusted_from(a[3], raw)
	return False


def gz_fix_unused_addr(ff, fn, a):
	# The allocation loses its aligned-address argument A: if that was
	# the only use of the variable, its assignments and declaration go too.
	if a[0] != "id":
		return []		# aligned within the argument itself
	var = a[1]
	defs = [it for it in fn.asgs.values() if it.lhs == ("id", var)]
	plain = [x for x in ff.decls if x.fnkey == fn.key and x.name == var and
		 not x.init]
	if gz_count(ff, fn, var) > len(defs) + 1 + len(plain):
		return []		# still used: keep it
	edits = []
	for d in defs:
		s = ff.line(d.start[0])
		e = gz_remove_asg(ff, fn, d, var)
		if d.decl or not s.strip().startswith(var) or \
		   not s.rstrip().endswith(";") or e is None:
			return None
		edits.append(e)
	e = gz_fix_declaration(ff, fn, var)
	return None if e is None else edits + e


def gz_alias_var(e):
	# The variable an object expression comes through: x, (T)x,
	# &x->page, folio_page(x, 0), page_folio(x).
	for _ in range(8):
		e = gz_unparen(e)
		if e[0] == "id":
			return e[1]
		if e[0] == "un" and e[1] == "&" and gz_unparen(e[2])[0] == "member":
			e = gz_unparen(e[2])[1]
			continue
		name = gz_callee(e)
		ent = (GZ_SAME.get(name) or GZ_MAP.get(name)) if name is not None \
			else None
		if ent is None or not 0 <= ent.obj < len(e[2]):
			return None
		e = e[2][ent.obj]
	return None


def gz_plain(e):
	# No call in E but the identity helpers and the guard predicates.
	if isinstance(e, tuple) and e and e[0] == "call" and \
	   gz_callee(e) not in GZ_SAME and gz_callee(e) not in GZ_GUARD:
		return False
	return all(gz_plain(x) for x in (e[1:] if isinstance(e, tuple) else e)
		   if isinstance(x, (tuple, list)))


def gz_fix_cond_vars(ff, fn, zit):
	# The "if" removed with the zeroing may test a variable that held
	# nothing but a guard's answer ("need = user_alloc_needs_zeroing();
	# if (need)"): that variable goes too, or the build would warn it is
	# set but not used (plugin/fixit.c gz_fix_cond_vars).
	ifs = [it for _, it in ff.items if it.kind == "if" and zit in it.then]
	if len(ifs) != 1:
		return None
	ctext = ff.text(ifs[0].cext[0], ifs[0].cext[1])
	edits = []
	for var in sorted(gz_words(ifs[0].cond, set())):
		if var in GZ_GUARD or gz_const_name(var):
			continue
		defs = [it for it in fn.asgs.values() if it.lhs == ("id", var)]
		plain = [x for x in ff.decls if x.fnkey == fn.key and
			 x.name == var and not x.init]
		if not defs and not plain:
			continue	# not a local variable of FN
		if gz_count(ff, fn, var) > len(defs) + gz_count_text(ctext, var) + \
		   len(plain):
			continue	# still used: keep it
		for d in defs:
			s = ff.line(d.start[0])
			e = gz_remove_asg(ff, fn, d, var)
			if d.decl or d.aop != "=" or not gz_plain(d.rhs) or \
			   not s.strip().startswith(var) or \
			   not s.rstrip().endswith(";") or e is None:
				return None
			edits.append(e)
		e = gz_fix_declaration(ff, fn, var)
		if e is None:
			return None
		edits.extend(e)
	return edits


def gz_fix_alias(ff, fn, zit, obj):
	# The object argument OBJ of call ZIT (the zeroing, or the mapping
	# that goes with it) may come through a variable of its own, a copy
	# of the page made for it ("page = &folio->page;"): once the call
	# goes, that variable goes too (plugin/fixit.c gz_fix_alias).
	if not 0 <= obj < len(zit.args):
		return []
	var = gz_alias_var(zit.args[obj])
	if var is None:
		return []
	defs = [it for it in fn.asgs.values() if it.lhs == ("id", var)]
	plain = [x for x in ff.decls if x.fnkey == fn.key and x.name == var and
		 not x.init]
	zuses = gz_count_text(" ".join(zit.argtext), var)
	if gz_count(ff, fn, var) > len(defs) + zuses + len(plain):
		return []		# still used: keep it
	edits = []
	for d in defs:
		s = ff.line(d.start[0])
		e = gz_remove_asg(ff, fn, d, var)
		if d.decl or d.aop != "=" or not gz_plain(d.rhs) or \
		   not s.strip().startswith(var) or \
		   not s.rstrip().endswith(";") or e is None:
			return None
		edits.append(e)
	e = gz_fix_declaration(ff, fn, var)
	return None if e is None else edits + e


def gz_subst_ident(text, old, new):
	return re.sub(r'(?<![\w$])%s(?![\w$])' % re.escape(old),
		      lambda m: new, text)


def gz_fix_callee_addr(ff, f):
	# The allocation got an aligned address and the callee zeroes with
	# the raw PARAM->FIELD the caller passed it: give it the raw one.
	o = f.origin
	s = f.summary
	ae = o.entry
	acall = o.call
	c = f.call.item
	if s.addr_param is None or not 0 <= ae.addr < len(acall.args) or \
	   s.addr_param >= len(c.args):
		return None
	a = gz_unparen(acall.args[ae.addr])
	if a[0] == "id":
		d = gz_unique_def(o.fn, o.node, a[1])
		if d is None or d.aop != "=":
			return None
		a = gz_unparen(d.rhs)
	if a[0] != "bin" or a[1] != "&":
		return None
	for x in (gz_unparen(a[2]), gz_unparen(a[3])):
		if x[0] == "member" and x[3] and x[2] == s.addr_field and \
		   gz_same_expr(x[1], c.args[s.addr_param]):
			ztext = gz_arg_text(ff, s.item, s.addr_arg)
			ext = gz_arg_extent(ff, acall, ae.addr)
			ctext = c.argtext[s.addr_param]
			if ztext is None or ext is None or \
			   len(gz_tokens(ctext)) != 1:
				return None
			return ("arg", ext[0],
				gz_subst_ident(ztext, s.param_name, ctext))
	return None


def gz_plan(ff, f):
	# The edits of a convert finding: the whole conversion, or None.
	o = f.origin
	ae = o.entry
	acall = o.call
	zit = f.zitem
	ze = f.x.ze
	nargs = len(acall.args)
	if f.via is not None and ze.object == KADDR:
		return None
	zaddr = None
	if f.via is None and 0 <= ze.addr < len(zit.args):
		zaddr = ze.addr
	edits = []
	if ae.kind != ZEROED and not o.gfp_zero:
		if not 0 <= ae.gfp < nargs or "?" in acall.argtext[ae.gfp]:
			return None
		t = gz_arg_text(ff, acall, ae.gfp)
		if t is None:
			return None
		edits.append(("arg", gz_arg_extent(ff, acall, ae.gfp)[0],
			      t + " | __GFP_ZERO"))
	if zaddr is not None and 0 <= ae.addr < nargs:
		a = acall.args[ae.addr]
		raw = zit.args[zaddr]
		if not gz_same_expr(a, raw) and \
		   gz_aligned_from(o.fn, o.node, a, raw):
			extra = gz_fix_unused_addr(ff, o.fn, gz_unparen(a))
			t = gz_arg_text(ff, zit, zaddr)
			if extra is not None and t is not None:
				edits.append(("arg",
					      gz_arg_extent(ff, acall, ae.addr)[0],
					      t))
				edits.extend(extra)
	if zaddr is not None and 0 <= ae.user_addr < nargs and \
	   gz_tokens(acall.argtext[ae.user_addr]) in [[n] for n in
						       GZ_NO_USER_ADDR]:
		t = gz_arg_text(ff, zit, zaddr)
		if t is None:
			return None
		edits.append(("arg", gz_arg_extent(ff, acall, ae.user_addr)[0], t))
	rm = gz_remove_call(ff, f.zfn, zit, True)
	if rm is None:
		return None
	edits.append(rm)
	if rm[2] in ("if", "ifbrace"):
		m = gz_fix_cond_vars(ff, f.zfn, zit)
		if m is None:
			return None
		edits.extend(m)
	if ze.object == KADDR and f.via is None:
		m = gz_fix_mapping(ff, f.zfn, f.x.node, zit, ze)
		if m is None:
			return None
		edits.extend(m)
	elif f.via is None:
		m = gz_fix_alias(ff, f.zfn, zit, ze.obj)
		if m is None:
			return None
		edits.extend(m)
	if f.via is not None:
		e = gz_fix_callee_addr(ff, f)
		if e is not None:
			edits.append(e)
	return edits


class GzPlan:
	def __init__(self):
		self.args = {}		# (line, column) of an argument -> its text
		self.mapdecl = set()	# (function, map call, first line)
		self.rm = set()		# (function, kind, name, first line)
		self.decl = set()	# (function, variable)


GZ_DO = re.compile(r"(^|[^A-Za-z0-9_])do\s*(\{|$)")


def gz_has_do_loop(ff, f):
	# Coccinelle's SmPL has no pattern for do ... while, so the engine
	# reads such a loop's body as run once: it converts nothing from the
	# allocation's function to the zeroing when one is there.
	first = f.afn.line if f.afn is not None else f.zitem.start[0]
	return any(GZ_DO.search(ff.line(n).split(GZ_LINE)[0])
		   for n in range(first, f.zitem.start[0] + 1))


def gz_plans(ff, findings):
	# Convert findings that remove the same zeroing (a static callee
	# with several fresh callers) convert together or not at all.
	groups = {}
	for f in findings:
		if f.check not in ("double-zeroing", "manual-zeroing"):
			continue
		f.edits = None if gz_has_do_loop(ff, f) else gz_plan(ff, f)
		key = ("z", f.zitem.start)
		groups.setdefault(key, []).append(f)
	plan = GzPlan()
	args = {}
	for fs in groups.values():
		if any(f.edits is None for f in fs):
			continue
		for f in fs:
			for e in f.edits:
				if e[0] == "arg":
					args.setdefault(e[1], set()).add(e[2])
	bad = set(k for k, v in args.items() if len(v) > 1)
	for fs in groups.values():
		if any(f.edits is None for f in fs) or \
		   any(e[0] == "arg" and e[1] in bad for f in fs for e in f.edits):
			continue
		for f in fs:
			f.fixit = True
			for e in f.edits:
				if e[0] == "arg":
					plan.args[e[1]] = e[2]
				elif e[0] == "mapdecl":
					plan.mapdecl.add(e[1:])
				elif e[0] == "rm":
					plan.rm.add(e[1:])
				elif e[0] == "decl":
					plan.decl.add((e[1], e[2]))
	return plan

# ---- one file: facts to findings ------------------------------------

def gz_address_taken(ff, name):
	# NAME used other than in a call, a declaration or its definition
	text = re.sub(r'/\*.*?\*\/|/{2}[^\n]*|\x22(?:\\.|[^\x22\\])*\x22', " ",
		      chr(10).join(ff.lines()), flags=re.S)
	return re.search(r'(?<![\w$])%s(?![\w$])(?!\s*\()' % re.escape(name),
			 text) is not None


def gz_analyse_file(ff):
	inits = set((d.fnkey, d.start) for d in ff.decls if d.init)
	for key, it in ff.items:
		fn = ff.fns.get(key)
		if fn is not None:
			fn.items.append(it)
			if it.kind == "asg" and (key, it.start) in inits:
				it.decl = True
	fns = list(ff.fns.values())
	calls = set()
	for fn in fns:
		ff.at = fn.name
		fn.static = fn.static or fn.key in ff.static
		gz_build(fn)
		calls.update(n.item.start for n in fn.calls)
	taken = set(fn.name for fn in fns if fn.static and fn.zero_nodes and
		    gz_address_taken(ff, fn.name))
	findings = []
	byname = dict((fn.name, fn) for fn in fns)
	order = []
	seen = set()

	def visit(fn):
		# callees first, as GCC runs the pass (not within a cycle)
		seen.add(fn.key)
		for c in fn.calls:
			g = byname.get(c.item.name)
			if g is not None and g.key not in seen:
				visit(g)
		order.append(fn)
	for fn in sorted(fns, key=lambda f: f.line):
		if fn.key not in seen:
			visit(fn)
	wrappers = {}
	called = []
	done = set()
	GZ_PUBLISHERS.clear()
	for fn in order:
		ff.at = fn.name
		gz_fault("analysis", fn.name)
		fn.exported = not fn.static or fn.name in taken
		if fn.zero_nodes:
			gz_summarise(fn)
		if fn.static:
			gz_note_publisher(fn)
		allorigins = gz_origins(fn, wrappers)
		origins = [o for o in allorigins if not o.returned]
		for o in allorigins:
			if not o.returned:
				gz_flow(o)
			o.gfp_zero = gz_gfp_has_zero(o)
		for o in origins:
			for z in fn.zero_nodes:
				gz_zeroing(o, z, findings)
		for c in fn.calls:
			# a catalogue call is known by what it is, whatever
			# its definition in this file does
			callee = byname.get(c.item.name)
			if callee is None or callee is fn or \
			   gz_role(c.item.name) is not None or \
			   callee.key not in done or not callee.summaries:
				continue
			fresh = False
			for o in origins:
				if gz_callee_zeroing(o, c, callee, findings):
					fresh = True
			called.append((callee, fresh))
		for o in origins:
			gz_zero_without_addr(o, findings)
		gz_note_wrapper(fn, allorigins, wrappers)
		done.add(fn.key)
	for f in findings:
		if f.via is None or f.check not in ("double-zeroing",
						    "manual-zeroing"):
			continue
		if f.via.exported or any(c is f.via and not fresh
					 for c, fresh in called):
			f.check = "unconvertible-zeroing"
			f.reason = "shared-callee"
			f.message = f.shared_message
	out = []
	seen = set()
	for f in sorted(findings, key=lambda f: f.key()):
		if f.key() not in seen:
			seen.add(f.key())
			out.append(f)
	return out, gz_plans(ff, out)

# ---- the user-address plumbing, for patch mode -----------------------

GZ_DEFINE = re.compile(rb'^[ \t]*#[ \t]*define[ \t]+USER_ADDR_NONE\b', re.M)


def gz_defines(path):
	try:
		with open(path, "rb") as fp:
			data = fp.read()
	except OSError:
		return False
	return b"USER_ADDR_NONE" in data and GZ_DEFINE.search(data) is not None


def gz_tree_defines(root):
	if root not in GZ_PLUMBING:
		found = False
		for d, _, files in os.walk(os.path.join(root, "include")):
			for h in files:
				if h.endswith(".h") and gz_defines(os.path.join(d, h)):
					found = True
					break
			if found:
				break
		GZ_PLUMBING[root] = found
	return GZ_PLUMBING[root]


def gz_plumbing(path):
	# Does the tree of PATH define USER_ADDR_NONE: the file itself, a
	# header it includes from its own directory, or the include/ of the
	# kernel tree it is in (the nearest directory with include/linux/)?
	d = os.path.dirname(os.path.abspath(path))
	if gz_defines(path):
		return True
	try:
		with open(path, encoding="utf-8", errors="replace") as fp:
			text = fp.read()
	except OSError:
		text = ""
	for m in re.finditer(r'^[ \t]*#[ \t]*include[ \t]+\x22([^\x22]+)\x22', text, re.M):
		if gz_defines(os.path.join(d, m.group(1))):
			return True
	while True:
		if os.path.isdir(os.path.join(d, "include", "linux")):
			return gz_tree_defines(d)
		up = os.path.dirname(d)
		if up == d:
			return False
		d = up

# ---- the modes -------------------------------------------------------

GZ_RESULTS = []


def gz_analyse():
	# Analyse the files whose facts the rules above collected.
	del GZ_RESULTS[:]
	GZ_PLANS.clear()
	GZ_CURRENT.clear()
	GZ_CONTEXT.clear()
	for name in sorted(GZ_FILES):
		ff = GZ_FILES[name]
		if name in GZ_BROKEN:
			continue
		try:
			findings, plan = gz_analyse_file(ff)
		except Exception as e:
			gz_failed(name, ff.at, e)
			continue
		if os.environ.get("GFPZERO_COCCI_DEBUG"):
			for f in findings:
				sys.stderr.write("gfpzero: %s:%d %s edits=%r\n" % (
					name, f.zitem.npos[0], f.check, f.edits))
			sys.stderr.write("gfpzero: probes %r\n" % ff.probe)
		GZ_RESULTS.append((ff, findings))
		GZ_CONTEXT[name] = set()
		for f in findings:
			GZ_CONTEXT[name].add(f.zitem.npos[:2])
			GZ_CONTEXT[name].add(f.origin.call.npos[:2])
		if GZ_MODE["patch"] and (plan.args or plan.rm):
			if GZ_MODE["assume"] or gz_plumbing(gz_real_path(name)):
				GZ_PLANS[name] = plan
			else:
				sys.stderr.write("%s: USER_ADDR_NONE is not defined for this file (its local headers or the include/ of its tree): the allocator cannot take the user address, so nothing is converted (-D assume_user_addr to convert anyway)\n" % gz_real_path(name))
	GZ_FILES.clear()
	GZ_BROKEN.clear()
	GZ_INTEREST.clear()
	GZ_INTEREST_NAMES.clear()
	del GZ_CALLS[:]


class GzLoc:
	def __init__(self, file, npos):
		self.file = file
		self.line = npos[0]
		self.column = npos[1]
		self.column_end = npos[2]


def gz_display_column(ff, line, col):
	w = 0
	for ch in ff.line(line)[:col]:
		w = (int(w / 8) + 1) * 8 if ch == "\t" else w + 1
	return w + 1


def gz_print(mode):
	for ff, findings in GZ_RESULTS:
		for f in findings:
			z = f.zitem.npos
			a = f.origin.call.npos
			tail = "%s [%s]" % (f.message, f.check)
			if mode == "report":
				print("%s:%d:%d-%d: %s" % (ff.name, z[0], z[1], z[2], tail))
			elif mode == "org":
				coccilib.org.print_safe_todo(GzLoc(ff.name, z), tail)
				if a != z:
					coccilib.org.print_safe_link(GzLoc(ff.name, a),
						"'%s' allocates it here" %
						gz_strip_name(f.origin.call.name),
						"ovl-face2")
			else:
				print(gz_json.dumps({
					"check": f.check,
					"action": "convert" if f.check in (
						"double-zeroing", "manual-zeroing")
						else "report",
					"file": ff.name,
					"line": z[0],
					"column": gz_display_column(ff, z[0], z[1]),
					"function": f.zfn.name,
					"backend": "cocci",
					"message": f.message,
					"reason": f.reason,
					"fixit": f.fixit,
					"alloc": {
						"file": ff.name,
						"line": a[0],
						"column": gz_display_column(ff, a[0], a[1]),
						"function": f.afn.name,
						"callee": gz_strip_name(f.origin.call.name),
					}}))
	sys.stdout.flush()


GZ_CURRENT = {}


def gz_plan_of(p):
	# After a rule rewrites a file, spatch parses it again from a copy
	# named after it: find the plan of the file that copy was made of.
	if not GZ_MODE["patch"]:
		return None
	f = p[0].file
	if f in GZ_PLANS:
		return GZ_PLANS[f]
	names = [k for k in GZ_PLANS if f.endswith("-" + os.path.basename(k))]
	return GZ_PLANS[names[0]] if len(names) == 1 else None


def gz_current_line(p):
	f = p[0].file
	if f not in GZ_CURRENT:
		GZ_CURRENT[f] = GzFile(f)
	return GZ_CURRENT[f].line(int(p[0].line))


def gz_edit_arg(p):
	# The new text of the allocation argument at P, or None.  This is
	# the first rule that rewrites: P is still where the facts saw it.
	plan = GZ_PLANS.get(p[0].file) if GZ_MODE["patch"] else None
	return plan.args.get(gz_start(p)) if plan else None


def gz_edit(p, kind, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, kind, str(name),
			       gz_nows(gz_current_line(p))) in plan.rm


def gz_edit_mapdecl(p, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, str(name),
			       gz_nows(gz_current_line(p))) in plan.mapdecl


def gz_edit_decl(p, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, str(name)) in plan.decl


def gz_context(p):
	return gz_start(p) in GZ_CONTEXT.get(p[0].file, ())

@script:python depends on patch@
@@
GZ_MODE["patch"] = True

@script:python depends on assume_user_addr@
@@
GZ_MODE["assume"] = True

//----------------------------------------------------------
//  Facts (every mode): calls that make a file worth parsing,
//  then the calls, assignments and control flow of its functions
//----------------------------------------------------------

// BEGIN GATES (cocci/gen-catalogue; do not edit by hand)
@gz_file depends on !prefiltered@
@@

(
alloc_page_vma(...)
|
alloc_page_vma_noprof(...)
|
alloc_pages_vma(...)
|
alloc_pages_vma_noprof(...)
|
alloc_zeroed_user_highpage_movable(...)
|
alloc_zeroed_user_highpage_movable_noprof(...)
|
alloc_huge_page(...)
|
alloc_huge_page_noprof(...)
|
vma_alloc_folio(...)
|
vma_alloc_folio_noprof(...)
|
vma_alloc_zeroed_movable_folio(...)
|
vma_alloc_zeroed_movable_folio_noprof(...)
|
alloc_hugetlb_folio(...)
|
alloc_hugetlb_folio_noprof(...)
|
alloc_hugetlb_folio_reserve(...)
|
alloc_hugetlb_folio_reserve_noprof(...)
|
alloc_hugetlb_folio_nodemask(...)
|
alloc_hugetlb_folio_nodemask_noprof(...)
|
alloc_hugetlb_folio_vma(...)
|
alloc_hugetlb_folio_vma_noprof(...)
|
vma_alloc_anon_folio_pmd(...)
|
vma_alloc_anon_folio_pmd_noprof(...)
|
__alloc_pages(...)
|
__alloc_pages_noprof(...)
|
__folio_alloc(...)
|
__folio_alloc_noprof(...)
|
folio_alloc_mpol(...)
|
folio_alloc_mpol_noprof(...)
|
alloc_pages(...)
|
alloc_pages_noprof(...)
|
alloc_page(...)
|
alloc_page_noprof(...)
|
alloc_pages_node(...)
|
alloc_pages_node_noprof(...)
|
folio_alloc(...)
|
folio_alloc_noprof(...)
|
filemap_alloc_folio(...)
|
filemap_alloc_folio_noprof(...)
|
shmem_alloc_folio(...)
|
shmem_alloc_folio_noprof(...)
)

@gz_alloc depends on prefiltered || gz_file@
identifier F = {alloc_page_vma, alloc_page_vma_noprof, alloc_pages_vma, alloc_pages_vma_noprof, alloc_zeroed_user_highpage_movable, alloc_zeroed_user_highpage_movable_noprof, alloc_huge_page, alloc_huge_page_noprof, vma_alloc_folio, vma_alloc_folio_noprof, vma_alloc_zeroed_movable_folio, vma_alloc_zeroed_movable_folio_noprof, alloc_hugetlb_folio, alloc_hugetlb_folio_noprof, alloc_hugetlb_folio_reserve, alloc_hugetlb_folio_reserve_noprof, alloc_hugetlb_folio_nodemask, alloc_hugetlb_folio_nodemask_noprof, alloc_hugetlb_folio_vma, alloc_hugetlb_folio_vma_noprof, vma_alloc_anon_folio_pmd, vma_alloc_anon_folio_pmd_noprof, __alloc_pages, __alloc_pages_noprof, __folio_alloc, __folio_alloc_noprof, folio_alloc_mpol, folio_alloc_mpol_noprof, alloc_pages, alloc_pages_noprof, alloc_page, alloc_page_noprof, alloc_pages_node, alloc_pages_node_noprof, folio_alloc, folio_alloc_noprof, filemap_alloc_folio, filemap_alloc_folio_noprof, shmem_alloc_folio, shmem_alloc_folio_noprof};
position p;
@@

F@p(...)

@script:python@
p << gz_alloc.p;
@@
gz_interest(p)

@gz_ualloc depends on gz_alloc@
identifier F = {alloc_page_vma, alloc_page_vma_noprof, alloc_pages_vma, alloc_pages_vma_noprof, alloc_zeroed_user_highpage_movable, alloc_zeroed_user_highpage_movable_noprof, alloc_huge_page, alloc_huge_page_noprof, vma_alloc_folio, vma_alloc_folio_noprof, vma_alloc_zeroed_movable_folio, vma_alloc_zeroed_movable_folio_noprof, alloc_hugetlb_folio, alloc_hugetlb_folio_noprof, alloc_hugetlb_folio_reserve, alloc_hugetlb_folio_reserve_noprof, alloc_hugetlb_folio_nodemask, alloc_hugetlb_folio_nodemask_noprof, alloc_hugetlb_folio_vma, alloc_hugetlb_folio_vma_noprof, vma_alloc_anon_folio_pmd, vma_alloc_anon_folio_pmd_noprof};
identifier F5 = {__alloc_pages, __alloc_pages_noprof, __folio_alloc, __folio_alloc_noprof};
expression list[5] E5;
identifier F6 = {folio_alloc_mpol, folio_alloc_mpol_noprof};
expression list[6] E6;
position p;
@@

(
F@p(...)
|
F5@p(E5)
|
F6@p(E6)
)

@gz_uzero depends on gz_alloc@
identifier F = {folio_zero_user, clear_huge_page, clear_user_highpage, clear_user_page};
position p;
@@

F@p(...)

@script:python@
p << gz_uzero.p;
@@
gz_interest(p)

@gz_zero depends on gz_alloc@
identifier F = {clear_highpage, clear_highpage_kasan_tagged, folio_zero_range, folio_zero_segment, zero_user_segment, zero_user_segments, zero_user};
position p;
@@

F@p(...)

@script:python@
p << gz_zero.p;
@@
gz_interest(p)

@gz_kzero depends on gz_alloc@
identifier F = {clear_page, memset, __builtin_memset};
position p;
@@

F@p(...)

@script:python@
p << gz_kzero.p;
@@
gz_interest(p)

@gz_map depends on gz_alloc@
identifier F = {kmap_local_page, kmap_local_folio, kmap_atomic, kmap, page_address, lowmem_page_address, folio_address};
position p;
@@

F@p(...)

@gz_pub depends on gz_alloc@
identifier F = {set_pte_at, set_ptes, set_pmd_at, set_huge_pte_at, set_pte_range, folio_add_new_anon_rmap, page_add_new_anon_rmap, map_anon_folio_pmd, vm_insert_page, vm_insert_pages, vmf_insert_page, vmf_insert_pfn, vmf_insert_mixed, insert_page};
position p;
@@

F@p(...)

@script:python@
p << gz_pub.p;
@@
gz_interest(p)

@gz_gfpz depends on gz_alloc@
identifier F = {__GFP_ZERO};
@@

F

// END GATES

// Every call: a call of a function that calls the catalogue makes its
// caller one of interest; then the calls of the functions of interest
// are facts.  One pass, not one for the callers and one for the calls.
@gz_call depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
identifier F;
position p, pe;
@@

F@p(...)@pe

@script:python@
p << gz_call.p;
pe << gz_call.pe;
F << gz_call.F;
@@
gz_raw_call(p, pe, F)

@script:python depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
@@
gz_calls_done()

// The facts below are collected everywhere in such a file, but only
// their positions reach Python: it reads their text from the file.

@gz_fn depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
identifier f;
type T;
position ps : script:python() { gz_keep(ps) };
position p : script:python() { gz_keep(p) };
@@

(
static T f@ps(...) { ... }
|
T f@p(...) { ... }
)

@script:python depends on gz_fn@
ps << gz_fn.ps = [];
p << gz_fn.p = [];
@@
if ps or p:
	gz_safe(gz_fact_fn, ps or p, bool(ps))

@gz_asg depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
expression L, R;
assignment operator aop;
position pr;
position pl : script:python() { gz_keep(pl) };
@@

L@pl aop R@pr

@script:python@
pl << gz_asg.pl;
pr << gz_asg.pr;
@@
gz_safe(gz_fact_asg, pl, pr)

@gz_decl depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
type T;
identifier X;
expression E;
position pi : script:python() { gz_keep(pi) };
position pd : script:python() { gz_keep(pd) };
@@

(
T X@pi = E;
|
T X@pd;
)

@script:python depends on gz_decl@
pi << gz_decl.pi = [];
pd << gz_decl.pd = [];
@@
if pi or pd:
	gz_safe(gz_fact_decl, pi or pd, bool(pi))

@gz_stmt depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
expression E;
position p : script:python() { gz_keep(p) };
@@

E@p;

@script:python@
p << gz_stmt.p;
@@
gz_safe(gz_fact_stmt, p)

@gz_if depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
expression C;
statement S1, S2;
position pc, p1, p2;
position pi : script:python() { gz_keep(pi) };
@@

(
if@pi (C@pc) S1@p1 else S2@p2
|
if@pi (C@pc) S1@p1
)

@script:python depends on gz_if@
pi << gz_if.pi;
pc << gz_if.pc;
p1 << gz_if.p1;
p2 << gz_if.p2 = [];
@@
gz_safe(gz_fact_if, pi, pc, p1, p2 or None)

@gz_loop depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
expression C;
iterator I;
statement S;
position pc;
position pw : script:python() { gz_keep(pw) };
position pf : script:python() { gz_keep(pf) };
position pi : script:python() { gz_keep(pi) };
@@

(
while@pw (C@pc) S
|
for@pf (...;...;...) S
|
I@pi(...) S
)

@script:python depends on gz_loop@
pw << gz_loop.pw = [];
pf << gz_loop.pf = [];
pi << gz_loop.pi = [];
pc << gz_loop.pc = [];
@@
if pw or pf or pi:
	gz_safe(gz_fact_loop, pw or pf or pi, pc or None)
elif pd:
	gz_safe(gz_fact_loop, pd, pb, pc or None, True)

@gz_jump depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
expression E;
identifier L;
statement S;
position pe, pl;
position pr : script:python() { gz_keep(pr) };
position p0 : script:python() { gz_keep(p0) };
position pg : script:python() { gz_keep(pg) };
position pb : script:python() { gz_keep(pb) };
position pc : script:python() { gz_keep(pc) };
position pL : script:python() { gz_keep(pL) };
@@

(
return@pr E@pe;
|
return@p0;
|
goto@pg L@pl;
|
break@pb;
|
continue@pc;
|
L@pL: S
)

@script:python depends on gz_jump@
pr << gz_jump.pr = [];
pe << gz_jump.pe = [];
p0 << gz_jump.p0 = [];
pg << gz_jump.pg = [];
pl << gz_jump.pl = [];
pb << gz_jump.pb = [];
pc << gz_jump.pc = [];
pL << gz_jump.pL = [];
@@
gz_safe(gz_fact_jumps, pr, pe, p0, pg, pl, pb, pc, pL)

// The shapes patch mode rewrites beyond plain statements: a conversion
// is planned only where each of its edits has been seen to match.
@gz_probe depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
identifier F;
expression C;
position pi : script:python() { gz_keep(pi) };
position pb : script:python() { gz_keep(pb) };
@@

(
if (C) F@pi(...);
|
if (C) { F@pb(...); }
)

@script:python depends on gz_probe@
pi << gz_probe.pi = [];
pb << gz_probe.pb = [];
@@
if pi:
	gz_safe(gz_probe, "if", pi)
if pb:
	gz_safe(gz_probe, "ifbrace", pb)

@gz_pr_map depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
type T;
identifier K, M;
position p : script:python() { gz_keep(p) };
@@

T K = M@p(...);

@script:python@
p << gz_pr_map.p;
@@
gz_safe(gz_probe, "mapdecl", p)

@script:python depends on gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
@@
gz_analyse()

//----------------------------------------------------------
//  For report mode
//----------------------------------------------------------

@script:python depends on report && gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
@@
gz_print("report")

//----------------------------------------------------------
//  For org mode
//----------------------------------------------------------

@script:python depends on org && gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
@@
gz_print("org")

//----------------------------------------------------------
//  For -D json (bin/gfpzero scan --backend=cocci)
//----------------------------------------------------------

@script:python depends on json && gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
@@
gz_print("json")

//----------------------------------------------------------
//  For context mode
//----------------------------------------------------------

@depends on context && gz_alloc && ((gz_pub && (gz_zero || (gz_kzero && gz_map) || gz_gfpz)) || gz_uzero || (gz_ualloc && (gz_zero || (gz_kzero && gz_map))))@
identifier F;
position p : script:python() { gz_context(p) };
@@

* F@p(...)

//----------------------------------------------------------
//  For patch mode
//----------------------------------------------------------

// 1. the allocation: | __GFP_ZERO on the gfp argument, the raw fault
// address, the user address of the zeroing in place of USER_ADDR_NONE
@gz_a depends on patch && gz_alloc@
identifier F : script:python() { gz_role(str(F)) == "alloc" };
expression E;
position p;
@@

F(..., E@p, ...)

@script:python gz_a_text@
p << gz_a.p;
new;
@@
t = gz_edit_arg(p)
if t is None:
	cocci.include_match(False)
else:
	coccinelle.new = cocci.make_expr(t)

@depends on patch@
expression gz_a.E;
position gz_a.p;
expression gz_a_text.new;
@@

- E@p
+ new

// 2. a mapping declared with its initialiser becomes a statement first:
// Coccinelle drops the blank line before a removed declaration
@depends on patch@
type T;
identifier K, M;
expression list es;
position p : script:python(M) { gz_edit_mapdecl(p, M) };
@@

- T K = M@p(es);
+ M(es);

// 3. the zeroing, with an if it leaves empty, and what only served it:
// the mapping, the unmap, the assignments of an unused aligned address
@depends on patch@
identifier F, X;
expression C, E;
position p1 : script:python(F) { gz_edit(p1, "if", F) };
position p2 : script:python(F) { gz_edit(p2, "ifbrace", F) };
position p3 : script:python(F) { gz_edit(p3, "stmt", F) };
position p4 : script:python(X) { gz_edit(p4, "asg", X) };
@@

(
- if (C) F@p1(...);
|
- if (C) { F@p2(...); }
|
- F@p3(...);
|
- X@p4 = E;
)

// 4. a declaration left unused
@depends on patch@
type T;
position p;
identifier X : script:python(p) { gz_edit_decl(p, X) };
@@

- T X@p;

