# SPDX-License-Identifier: GPL-2.0-only
#
# clex.py: C expressions as the facts give them, as text.  A lexer
# (blanks and comments skipped), a small precedence parser that makes
# tuples of them, and questions on those tuples: the callee, a constant,
# zero, the same expression, the identifiers.

import re

from .tables import gz_strip_name


GZ_TOK = re.compile(r'(?:\s|/\*.*?\*\/|/{2}[^\n]*)*(0[xX][0-9a-fA-F]+[uUlL]*|[0-9]+[uUlL]*|[A-Za-z_]\w*'
		    r'|\x22(?:\\.|[^\x22\\])*\x22|\x27(?:\\.|[^\x27\\])*\x27'
		    r'|->|\+\+|--|<<=|>>=|<<|>>|<=|>=|==|!=|&&|\|\||[-+*%&|^/]='
		    r'|\.\.\.|\S)', re.S)
GZ_QUOTES = (chr(34), chr(39))
# the comment markers of C (spelt in halves from when spatch was thought
# to read this Python as SmPL first: 1.1.1 and 1.3 do not)
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
