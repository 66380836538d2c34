# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/cfg.py: a function's graph, its dominators.

import unittest

import gzunit
from engine.cfg import (gz_build, gz_dominates, gz_dominators, gz_nest,
			gz_order, gz_reaches)
from engine.facts import GzFn


def built(s):
	fn = s.fn
	fn.items = [it for _, it in s.ff.items]
	gz_build(fn)
	return fn


class Dominators(unittest.TestCase):
	def test_a_diamond(self):
		# entry -> a, b -> join -> exit: neither a nor b dominates join
		fn = GzFn(("g", 1), [], False)
		exit_ = fn.node("exit")
		join = fn.node("join", None, [exit_])
		a = fn.node("ev", None, [join])
		b = fn.node("ev", None, [join])
		entry = fn.node("entry", None, [a, b])
		for n in fn.nodes:
			for s in n.succ:
				s.pred.append(n)
		order = gz_order(entry, lambda n: n.succ)
		self.assertEqual([order[0], order[-1]], [entry, exit_])
		idom = gz_dominators(order, lambda n: n.pred)
		self.assertIs(idom[join.id], entry)
		self.assertIs(idom[exit_.id], join)
		self.assertFalse(gz_dominates(idom, a, join))
		ipdom = gz_dominators(gz_order(exit_, lambda n: n.pred),
				      lambda n: n.succ)
		self.assertIs(ipdom[entry.id], join)


class Graph(unittest.TestCase):
	def setUp(self):
		self.s = gzunit.fault()
		self.fn = built(self.s)
		self.alloc = [n for n in self.fn.nodes if n.kind == "ev" and
			      n.item.kind == "asg"][0]
		self.zero = self.fn.zero_nodes[0]
		self.rets = sorted((n for n in self.fn.nodes if n.kind == "ret"),
				   key=lambda n: n.item.start)	# NULL, page
		self.branch = [n for n in self.fn.nodes if n.kind == "branch"][0]

	def tearDown(self):
		self.s.close()

	def test_nesting_puts_the_call_in_its_assignment(self):
		s = gzunit.fault()
		roots = gz_nest([it for _, it in s.ff.items])
		s.close()
		self.assertEqual([r.kind for r in roots], ["asg", "if", "call",
							   "ret"])
		self.assertEqual([c.name for c in roots[0].pre], ["alloc_page_vma"])
		self.assertEqual([r.kind for r in roots[1].then], ["ret"])

	def test_the_null_check_branches_on_the_page(self):
		# "if (!page)": the branch tests page, true to the zeroing
		self.assertEqual(self.branch.leaf, ("id", "page"))
		self.assertTrue(gz_reaches(self.branch.t, self.zero, None))
		self.assertFalse(gz_reaches(self.branch.f, self.zero, None))

	def test_dominators(self):
		idom = self.fn.idom
		self.assertTrue(gz_dominates(idom, self.alloc, self.zero))
		self.assertTrue(gz_dominates(idom, self.branch, self.zero))
		self.assertFalse(gz_dominates(idom, self.zero, self.rets[0]))
		self.assertTrue(gz_dominates(idom, self.zero, self.rets[1]))

	def test_dominators_where_paths_meet(self):
		# "if (z) clear_user_highpage(...); return page;": the return
		# is reached from the branch and from the zeroing
		s = gzunit.conditional()
		self.addCleanup(s.close)
		fn = built(s)
		z = fn.zero_nodes[0]
		ret = [n for n in fn.nodes if n.kind == "ret"][0]
		branch = [n for n in fn.nodes if n.kind == "branch"][0]
		self.assertEqual(len(ret.pred), 2)
		self.assertIs(fn.idom[ret.id], branch)
		self.assertFalse(gz_dominates(fn.idom, z, ret))
		self.assertTrue(gz_dominates(fn.ipdom, ret, z))

	def test_post_dominators(self):
		# every path from the allocation passes the branch, not the zeroing
		self.assertTrue(gz_dominates(self.fn.ipdom, self.branch, self.alloc))
		self.assertFalse(gz_dominates(self.fn.ipdom, self.zero, self.alloc))

	def test_roles_of_calls(self):
		self.assertEqual([n.item.name for n in self.fn.calls],
				 ["alloc_page_vma", "clear_user_highpage"])
		self.assertEqual(self.fn.publish_nodes, [])


if __name__ == "__main__":
	unittest.main()
