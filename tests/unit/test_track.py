# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/track.py: what an expression holds of one origin.

import unittest

import gzunit
from engine.clex import gz_parse
from engine.track import (FOREIGN, MAP, MAPOFF, MIXED, OBJ, SUB, TAINT,
			  gz_ev, gz_join)


def ev(text, **st):
	return gz_ev(gz_parse(text), st)


class Values(unittest.TestCase):
	def setUp(self):
		self.assertIn("folio_page", gzunit.tables.GZ_SAME)

	def test_copies_casts_and_identity_helpers(self):
		self.assertEqual(ev("(struct page *)p", p=OBJ), OBJ)
		self.assertEqual(ev("&folio->page", folio=OBJ), OBJ)
		self.assertEqual(ev("page_folio(p)", p=OBJ), OBJ)
		self.assertEqual(ev("folio_page(f, 0)", f=OBJ), OBJ)
		self.assertEqual(ev("folio_page(f, i)", f=OBJ), SUB)

	def test_mappings(self):
		self.assertEqual(ev("kmap_local_page(p)", p=OBJ), MAP)
		self.assertEqual(ev("kmap_local_page(p) + off", p=OBJ), MAPOFF)
		self.assertEqual(ev("p + 1", p=OBJ), SUB)
		self.assertEqual(ev("kmap_local_folio(f, 0)", f=OBJ), MAP)
		self.assertEqual(ev("kmap_local_folio(f, off)", f=OBJ), MAPOFF)

	def test_other_values(self):
		self.assertEqual(ev("page_to_pfn(p)", p=OBJ), TAINT)
		self.assertEqual(ev("q"), FOREIGN)
		self.assertEqual(ev("PAGE_SIZE"), 0)
		self.assertEqual(ev("alloc_page(GFP_KERNEL)"), 0)

	def test_join_marks_mixed(self):
		s = gz_join({"p": OBJ}, {"p": FOREIGN})
		self.assertTrue(s["p"] & OBJ and s["p"] & MIXED)
		self.assertEqual(gz_join(None, {"p": OBJ}), {"p": OBJ})


if __name__ == "__main__":
	unittest.main()
