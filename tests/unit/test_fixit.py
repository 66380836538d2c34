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


if __name__ == "__main__":
	unittest.main()
