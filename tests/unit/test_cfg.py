# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/cfg.py: a function's graph, its dominators.

import unittest

import gzunit
from engine.cfg import gz_build, gz_dominates, gz_nest, gz_reaches


def built(s):
	fn = s.fn
	fn.items = [it for _, it in s.ff.items]
	gz_build(fn)
	return fn


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
