# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/flow.py: an allocation followed through its function.

import unittest

import gzunit
from engine.flow import gz_controls, gz_published_before
from engine.track import OBJ


class Following(unittest.TestCase):
	def follow(self, make):
		s = make()
		self.addCleanup(s.close)
		os = gzunit.origins(s)
		self.assertEqual(len(os), 1)
		return os[0], s.fn.zero_nodes[0]

	def test_the_allocation_is_an_origin(self):
		o, z = self.follow(gzunit.fault)
		self.assertEqual((o.var, o.entry.name, o.call.name),
				 ("page", "alloc_page_vma", "alloc_page_vma"))
		self.assertFalse(o.gfp_zero)
		self.assertEqual(o.state(z)["page"], OBJ)

	def test_zeroed_on_every_path_that_uses_it(self):
		o, z = self.follow(gzunit.fault)
		self.assertEqual(gz_controls(o, z), (None, False))

	def test_zeroed_on_some_paths_only(self):
		o, z = self.follow(gzunit.conditional)
		self.assertEqual(gz_controls(o, z), (None, True))

	def test_guard_predicate(self):
		o, z = self.follow(gzunit.guarded)
		self.assertEqual(gz_controls(o, z),
				 ("user_alloc_needs_zeroing", False))

	def test_published_before_the_zeroing(self):
		o, z = self.follow(gzunit.published)
		self.assertTrue(gz_published_before(o, z))
		o, z = self.follow(gzunit.fault)
		self.assertFalse(gz_published_before(o, z))


if __name__ == "__main__":
	unittest.main()
