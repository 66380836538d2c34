# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/fixit.py: the edits of a conversion, the plan of a file.

import unittest

import gzunit
from engine.analyse import gz_analyse_file
from engine.fixit import gz_plans


def plan(make):
	s = make()
	findings, p = gz_analyse_file(s.ff)
	s.close()
	return findings, p


class Conversions(unittest.TestCase):
	def test_gfp_zero_and_the_zeroing_removed(self):
		(f,), p = plan(gzunit.fault)
		self.assertTrue(f.fixit)
		self.assertEqual(p.args, {(5, 23): "GFP_HIGHUSER_MOVABLE | __GFP_ZERO"})
		self.assertEqual(p.rm, {("f", "stmt", "clear_user_highpage",
					 "clear_user_highpage(page,addr);")})
		self.assertEqual(p.decl, set())

	def test_the_guard_goes_with_the_zeroing(self):
		(f,), p = plan(gzunit.guarded)
		self.assertEqual([e[2] for e in f.edits if e[0] == "rm"], ["if"])

	def test_no_plan_for_a_report_finding(self):
		(f,), p = plan(gzunit.conditional)
		self.assertFalse(f.fixit)
		self.assertEqual((p.args, p.rm), ({}, set()))

	def test_a_do_loop_converts_nothing(self):
		# SmPL has no do ... while: the engine does not convert across
		s = gzunit.fault(gzunit.FAULT.replace("\tstruct page *page;\n",
						      "\tstruct page *page; do {\n"))
		findings, _ = gz_analyse_file(s.ff)
		p = gz_plans(s.ff, findings)
		s.close()
		self.assertEqual(findings[0].edits, None)
		self.assertEqual((p.args, p.rm), ({}, set()))


# The aligned fault address declared with its initialiser, used by the
# allocation alone.
ALIGNED = """\
struct page *f(struct vm_area_struct *vma, unsigned long addr)
{
	unsigned long haddr = %s;
	struct page *page;

	page = alloc_page_vma(GFP_HIGHUSER_MOVABLE, vma, haddr);
	if (!page)
		return NULL;
	clear_user_highpage(page, addr);
	return page;
}
"""


def aligned(init):
	s = gzunit.facts(ALIGNED % init, [
		("idecl", 3, "haddr"), ("decl", 4, "page"), ("asg", 6, "page"),
		("call", 6, "alloc_page_vma"), ("if", 7, "!page", 8),
		("ret", 8, "NULL"), ("stmt", 9),
		("call", 9, "clear_user_highpage"), ("ret", 10, "page")],
		params=(("vma", True), ("addr", False)))
	return plan(lambda: s)


class AlignedAddress(unittest.TestCase):
	def test_a_declaration_that_only_computes_goes(self):
		for init in ("addr & HPAGE_PMD_MASK",
			     "ALIGN_DOWN(addr, PAGE_SIZE << 9)",
			     "(unsigned long)addr & ~(sizeof(long) - 1)"):
			(f,), p = aligned(init)
			self.assertTrue(f.fixit, init)
			self.assertEqual(p.decl, {("f", "haddr")}, init)
			self.assertIn("addr", p.args.values(), init)

	def test_a_declaration_that_calls_stays_with_its_use(self):
		# the rest of the conversion is made; the aligned address stays
		for init in ("addr & thp_mask(vma)",
			     "ALIGN_DOWN(addr, thp_size(vma))",
			     "addr & *(volatile unsigned long *)&thp_mask",
			     "addr & (thp_mask = HPAGE_PMD_MASK)"):
			(f,), p = aligned(init)
			self.assertTrue(f.fixit, init)
			self.assertEqual(p.decl, set(), init)
			self.assertEqual(list(p.args.values()),
					 ["GFP_HIGHUSER_MOVABLE | __GFP_ZERO"], init)


if __name__ == "__main__":
	unittest.main()
