# SPDX-License-Identifier: GPL-2.0-only
#
# track.py: what a value holds relative to one origin (plugin/track.h):
# the object itself, a part of it, a kernel mapping of it or of a part,
# something computed from it, and whether it may be another object on
# some path.  Flags, the value of an expression in a state (variable to
# flags), and the join of two states.

from .clex import gz_callee, gz_const_name, gz_is_zero, gz_unparen
from .tables import GZ_ALLOC, GZ_MAP, GZ_SAME


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
