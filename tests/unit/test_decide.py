# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/decide.py: the check a zeroing gets, and its reason.

import unittest

import gzunit
from engine.decide import GZ_REASON_TEXT, gz_zero_facts, gz_zeroing


def decide(make):
	s = make()
	o = gzunit.origins(s)[0]
	out = []
	gz_zeroing(o, s.fn.zero_nodes[0], out)
	s.close()
	return out


class Decisions(unittest.TestCase):
	def test_double_zeroing(self):
		f, = decide(gzunit.fault)
		self.assertEqual((f.check, f.reason), ("double-zeroing", None))
		self.assertEqual(f.message,
			"user page from 'alloc_page_vma' is zeroed by hand with "
			"'clear_user_highpage'; with init_on_alloc=1 it is zeroed "
			"twice, the second time through the cache-flush path; pass "
			"__GFP_ZERO")

	def test_manual_zeroing_names_the_guard(self):
		f, = decide(gzunit.guarded)
		self.assertEqual(f.check, "manual-zeroing")
		self.assertIn("under 'user_alloc_needs_zeroing()'", f.message)

	def test_unconvertible_with_a_reason(self):
		for make, reason in ((gzunit.conditional, "conditional-zeroing"),
				     (gzunit.published, "zeroed-after-publish"),
				     (gzunit.pool, "pool-allocator")):
			f, = decide(make)
			self.assertEqual((f.check, f.reason),
					 ("unconvertible-zeroing", reason))
			self.assertTrue(f.message.endswith(
				"(%s): %s" % (reason, GZ_REASON_TEXT[reason])))

	def test_facts_of_a_zeroing(self):
		s = gzunit.fault()
		self.addCleanup(s.close)
		o = gzunit.origins(s)[0]
		x = gz_zero_facts(o, s.fn.zero_nodes[0])
		self.assertEqual((x.partial, x.user_addr, x.const_addr, x.mixed),
				 (False, True, False, False))


if __name__ == "__main__":
	unittest.main()
