# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/dataflow.py: reaching definitions.

import unittest

import gzunit
from engine.cfg import gz_build
from engine.dataflow import GZ_UNDEF, gz_unique_def

# gfp is assigned on one path only before the allocation; addr twice in
# a row
TEXT = """\
struct page *f(struct vm_area_struct *vma, unsigned long addr, bool z)
{
	struct page *page;
	gfp_t gfp = GFP_HIGHUSER;

	if (z)
		gfp = GFP_HIGHUSER | __GFP_ZERO;
	addr = addr & PAGE_MASK;
	addr = ALIGN_DOWN(addr, PMD_SIZE);
	page = alloc_page_vma(gfp, vma, addr);
	return page;
}
"""


class Reaching(unittest.TestCase):
	def setUp(self):
		s = self.s = gzunit.Source(TEXT, params=[("vma", True),
							 ("addr", False),
							 ("z", False)])
		s.if_(6, "z", 7)
		self.gfp = s.asg(7, "gfp")
		s.asg(8, "addr")
		self.addr = s.asg(9, "addr")
		s.asg(10, "page")
		s.call(10, "alloc_page_vma")
		s.ret(11, "page")
		self.fn = s.fn
		self.fn.items = [it for _, it in s.ff.items]
		gz_build(self.fn)
		self.at = [n for n in self.fn.calls
			   if n.item.name == "alloc_page_vma"][0]

	def tearDown(self):
		self.s.close()

	def test_the_last_assignment_reaches(self):
		self.assertIs(gz_unique_def(self.fn, self.at, "addr"), self.addr)

	def test_an_assignment_on_one_path_only_is_not_unique(self):
		# (the declaration's initialiser is no assignment fact here)
		self.assertEqual(self.fn.rd[self.at.id]["gfp"],
				 frozenset([id(self.gfp), GZ_UNDEF]))
		self.assertIsNone(gz_unique_def(self.fn, self.at, "gfp"))

	def test_nothing_reaches_the_entry(self):
		self.assertEqual(self.fn.rd[self.fn.entry.id], {})


if __name__ == "__main__":
	unittest.main()
