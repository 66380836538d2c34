# SPDX-License-Identifier: GPL-2.0-only
#
# cfg.py: the control-flow graph of a function, built from its items
# nested by extent: conditions split into one branch per leaf as GCC
# splits them, loops, gotos to labels, breaks and continues.  Reverse
# post-order, dominators and post-dominators (Cooper, Harvey and
# Kennedy), and reachability avoiding a node.

from .clex import gz_callee, gz_is_zero, gz_unparen
from .dataflow import gz_reaching
from .tables import GZ_HINT, gz_role


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
