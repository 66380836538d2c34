# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/tables.py: the tables the catalogue fills, the lookups.

import unittest

import gzunit
from engine.tables import (GZ_ZERO, KADDR, NOADDR, SERIES, gz_alloc_entry,
			   gz_role, gz_strip_name)


class Lookups(unittest.TestCase):
	def test_the_catalogue_is_loaded_once(self):
		self.assertEqual(len(gzunit.tables.GZ_ALLOC["vma_alloc_folio"]), 2)

	def test_suffix_stripped(self):
		self.assertEqual(gz_strip_name("vma_alloc_folio_noprof"),
				 "vma_alloc_folio")
		self.assertEqual(gz_strip_name("_noprof"), "_noprof")

	def test_alloc_entry_by_arity(self):
		# the allocator series' __alloc_pages() takes the user address
		# as a fifth argument; with four it is the one before it
		self.assertEqual(gz_alloc_entry("__alloc_pages", 5).kind, SERIES)
		self.assertEqual(gz_alloc_entry("__alloc_pages", 4).kind, NOADDR)
		self.assertIsNone(gz_alloc_entry("__alloc_pages", 3))
		# an entry of any arity
		self.assertEqual(gz_alloc_entry("alloc_huge_page", 7).arity, -1)

	def test_roles(self):
		self.assertEqual(gz_role("clear_user_highpage"), "zero")
		self.assertEqual(gz_role("kmap_local_page"), "map")
		self.assertEqual(gz_role("set_pte_at"), "publish")
		self.assertEqual(gz_role("folio_put"), "release")
		self.assertEqual(gz_role("vma_alloc_folio_noprof"), "alloc")
		self.assertIsNone(gz_role("do_anonymous_page"))

	def test_zero_entry_fields(self):
		e = GZ_ZERO["memset"]
		self.assertEqual((e.obj, e.object, e.value, e.len),
				 (0, KADDR, 1, 2))


if __name__ == "__main__":
	unittest.main()
