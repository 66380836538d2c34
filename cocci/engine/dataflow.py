# SPDX-License-Identifier: GPL-2.0-only
#
# dataflow.py: forward data flow over a function's graph (cfg.py) to a
# fixpoint, and the reaching definitions of its local variables: which
# assignments can have given a variable its value at a node.


GZ_UNDEF = "<undef>"	# a definition: none, on some path


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
