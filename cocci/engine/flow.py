# SPDX-License-Identifier: GPL-2.0-only
#
# flow.py: following one origin through its function (plugin/flow.c,
# control.c).  The allocations of a function (through the wrappers of
# the file), what each variable holds at each node, whether the object
# is used on a path that skips a zeroing, the guard that controls a
# zeroing, whether the object is published before it; the file's
# wrappers and publishing functions; whether the gfp flags zero.

from .cfg import gz_dominates, gz_reaches
from .clex import (gz_callee, gz_is_const, gz_is_zero, gz_tokens,
	gz_unparen, gz_words)
from .dataflow import gz_fixpoint, gz_unique_def
from .tables import (GZ_ASSERT, GZ_GFP_ZERO, GZ_GUARD, GZ_HINT, GZ_MAP, GZ_NORETURN,
	GZ_SAME, GzEntry, gz_alloc_entry, gz_role,
	gz_strip_name)
from .track import ANY, FOREIGN, MAP, MIXED, OBJ, SUB, gz_ev, gz_join


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
		if gz_strip_name(it.name) in GZ_HINT or \
		   gz_strip_name(it.name) in GZ_ASSERT:
			return False, False	# unlikely(!folio): only a test
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


def gz_answer(e):
	# A guard's answer read through hints, !, !! and comparisons with 0:
	# (the call, whether it is negated), or (None, False).
	neg = False
	for _ in range(16):
		e = gz_unparen(e)
		if e[0] == "call" and gz_callee(e) in GZ_HINT and e[2]:
			e = e[2][0]
		elif e[0] == "un" and e[1] == "!":
			neg = not neg
			e = e[2]
		elif e[0] == "bin" and e[1] in ("==", "!=") and gz_is_zero(e[3]):
			neg = neg != (e[1] == "==")
			e = e[2]
		else:
			break
	return (e, neg) if e[0] == "call" else (None, False)


def gz_leaf_guard(fn, d):
	# The guard predicate branch D tests, and whether the branch reads it
	# negated: called in its condition, or through a local variable that
	# holds nothing but its answer ("need = user_alloc_needs_zeroing();
	# if (need)"), as GCC's SSA shows it to the plugin.  (None, False)
	# when there is none.
	e = d.leaf
	if e is None:
		return None, False
	e = gz_unparen(e)
	neg = False
	if e[0] == "id":
		a = gz_unique_def(fn, d, e[1])
		if a is None or a.aop != "=":
			return None, False
		e, neg = gz_answer(a.rhs)
		if e is None:
			return None, False
	name = gz_callee(e) if e[0] == "call" else None
	if name not in GZ_GUARD or e[2]:
		return None, False
	return name, neg


def gz_cond_guard(fn, d, z):
	# A guard predicate that lets Z run exactly when zeroing is needed.
	name, neg = gz_leaf_guard(fn, d)
	if name is None:
		return None
	t = gz_reaches(d.t, z, d)
	f = gz_reaches(d.f, z, d)
	if t == f:
		return None
	return name if t == ((GZ_GUARD[name] != 0) != neg) else None


def gz_edge_ends(o, d, s):
	# Does taking edge S of branch D end the object's path harmlessly:
	# the object is NULL there, or a guard says the allocator zeroed it?
	leaf = d.leaf
	if leaf is None:
		return False
	if gz_ev(leaf, o.state(d)) & OBJ:
		return s is d.f and d.f is not d.t
	name, neg = gz_leaf_guard(o.fn, d)
	if name is not None and d.t is not d.f:
		return s is (d.f if (GZ_GUARD[name] != 0) != neg else d.t)
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
		# up to the allocation, or the entry past a loop around it
		if d.kind != "branch" or gz_dominates(fn.ipdom, z, d):
			continue
		if d.leaf is not None and gz_ev(d.leaf, o.state(d)) & OBJ:
			continue	# the allocation-failure check
		guard = guard or gz_cond_guard(fn, d, z)
	return guard, gz_unzeroed_use(o, z)


GZ_PUBLISHERS = {}		# a function of the file: the parameters it publishes


def gz_publishes(n, st):
	# Does call node N publish the object: a catalogue publishing call
	# with it among the arguments, or a function of this file that
	# publishes the parameter it is passed as (plugin/summary.c).
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
