# SPDX-License-Identifier: GPL-2.0-only
#
# catalogue.py: include/gfpzero_catalogue.h read from Python.  The
# entries (one GFPZ_*() line each, comments and blank lines aside), the
# names of entries of some kinds, the allocators' names with each
# suffix, the arities that give an allocator the user address, and
# load(), which fills the engine's tables (tables.py) with the entries
# as cocci/gfpzero.cocci does.  cocci/gen-catalogue and tests/unit read
# the catalogue through it; it is not part of the semantic patch.

import os
import re

CATALOGUE = os.path.join(os.path.dirname(os.path.abspath(__file__)),
			 "..", "..", "include", "gfpzero_catalogue.h")

ENTRY = re.compile(r"^(GFPZ_([A-Z_]*)\((.*)\))[ \t\r\f\v]*$")
# one argument: a C string (no escapes but \" and \\) or text up to a comma
ARG = re.compile(r'\s*("(?:[^"\\]|\\.)*"|[^,"]*)\s*(?:,|$)')


def split_args(text):
	# The arguments of an entry, a C string one as written (quoted).
	out = []
	pos = 0
	while pos < len(text):
		m = ARG.match(text, pos)
		if not m or m.end() == pos:
			raise ValueError("cannot read the arguments: %s" % text)
		out.append(m.group(1))
		pos = m.end()
	return out


class Entry:
	# One catalogue line: TEXT "GFPZ_KIND(ARGS)", KIND, ARGS (strings).

	def __init__(self, text, kind, args):
		self.text = text
		self.kind = kind
		self.args = args

	def __repr__(self):
		return self.text


def read(path=CATALOGUE):
	# The entries of the catalogue at PATH, in its order.
	with open(path, encoding="utf-8") as fp:
		lines = fp.read().split("\n")
	out = []
	for line in lines:
		m = ENTRY.match(line)
		if m:
			out.append(Entry(m.group(1), m.group(2),
					 split_args(m.group(3))))
	return out


def unique(names):
	seen = set()
	return [n for n in names if not (n in seen or seen.add(n))]


def names(entries, kinds, cond=None):
	# The first argument of every entry of KINDS whose arguments
	# (a list: [0] the name, [1] ...) satisfy COND, each once.
	return unique(e.args[0] for e in entries if e.kind in kinds and
		      (cond is None or cond(e.args)))


def suffixes(entries):
	return names(entries, ("STRIP_SUFFIX",))


def calls(entries, kinds, cond=None):
	# Those names, an allocator's also with each suffix.
	out = []
	for n in names(entries, kinds, cond):
		out.append(n)
		if kinds == ("ALLOC",):
			out.extend(n + s for s in suffixes(entries))
	return unique(out)


def arities(entries):
	# [(NAME, ARITY)] for each allocator that has an entry without the
	# user address (NOADDR) and ones with it, all of a fixed arity: a
	# call of it sees the user address only with those arities (the
	# series' __alloc_pages() and friends against the ones before it).
	# Sorted, each name also with every suffix.
	noaddr = set()
	anyarity = set()
	byname = {}
	for e in entries:
		if e.kind != "ALLOC":
			continue
		name, arity, kind = e.args[0], int(e.args[1]), e.args[2]
		if kind == "NOADDR":
			noaddr.add(name)
			continue
		byname.setdefault(name, []).append(arity)
		if arity < 0:
			anyarity.add(name)
	pairs = sorted("%s %d" % (n, a) for n in byname
		       if n in noaddr and n not in anyarity
		       for a in unique(byname[n]))
	out = []
	for p in pairs:
		n, a = p.split(" ")
		out.append((n, int(a)))
		out.extend((n + s, int(a)) for s in suffixes(entries))
	return out


def value(arg, tables):
	# An argument as the catalogue's Python call gives it: a number, or
	# one of the constants of tables.py (USER, PAGE, FULL, ...).
	if re.match(r"^-?[0-9]+$", arg):
		return int(arg)
	if arg.startswith('"'):
		return arg[1:-1].replace('\\"', '"').replace("\\\\", "\\")
	return getattr(tables, arg)


# kinds the gates and the prefilter read, which the engine does not hold
NOT_ENGINE = ("FINDS",)


def load(tables, entries=None):
	# Fill the tables of the engine module TABLES with the catalogue,
	# as the calls cocci/gen-catalogue writes into cocci/gfpzero.cocci.
	for e in read() if entries is None else entries:
		if e.kind in NOT_ENGINE:
			continue
		fn = getattr(tables, "GFPZ_" + e.kind)
		fn(e.args[0], *[value(a, tables) for a in e.args[1:]])
