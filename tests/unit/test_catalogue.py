# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/catalogue.py: include/gfpzero_catalogue.h read from Python.

import importlib.util
import os
import tempfile
import unittest

import gzunit
from engine import catalogue, tables

SMALL = """\
/* a comment: GFPZ_ALLOC(not_an_entry, 1, USER, PAGE, 0, -1, -1, -1) */
GFPZ_ALLOC(a_alloc, 2, USER, PAGE, 0, -1, 1, -1)
GFPZ_ALLOC(s_alloc, 3, SERIES, FOLIO, 0, 1, -1, 2)\t
GFPZ_ALLOC(s_alloc, 2, NOADDR, FOLIO, 0, 1, -1, -1)
GFPZ_ZERO(z_user, 0, PAGE, 1, -1, -1, FULL)
GFPZ_ZERO(z_kaddr, 0, KADDR, -1, 1, 2, FULL)
GFPZ_STRIP_SUFFIX(_noprof)
"""


class Reader(unittest.TestCase):
	def setUp(self):
		fd, self.path = tempfile.mkstemp(suffix=".h")
		with os.fdopen(fd, "w") as fp:
			fp.write(SMALL)
		self.entries = catalogue.read(self.path)

	def tearDown(self):
		os.unlink(self.path)

	def test_entries_not_comments(self):
		self.assertEqual([e.kind for e in self.entries],
				 ["ALLOC", "ALLOC", "ALLOC", "ZERO", "ZERO",
				  "STRIP_SUFFIX"])
		self.assertEqual(self.entries[1].text,
				 "GFPZ_ALLOC(s_alloc, 3, SERIES, FOLIO, 0, 1, -1, 2)")
		self.assertEqual(self.entries[1].args[2:4], ["SERIES", "FOLIO"])

	def test_names_and_calls(self):
		e = self.entries
		self.assertEqual(catalogue.names(e, ("ALLOC",)),
				 ["a_alloc", "s_alloc"])
		self.assertEqual(catalogue.calls(e, ("ALLOC",)),
				 ["a_alloc", "a_alloc_noprof", "s_alloc",
				  "s_alloc_noprof"])
		self.assertEqual(catalogue.names(e, ("ZERO",),
						 lambda a: int(a[3]) >= 0),
				 ["z_user"])

	def test_arities(self):
		# s_alloc sees the user address with 3 arguments only
		self.assertEqual(catalogue.arities(self.entries),
				 [("s_alloc", 3), ("s_alloc_noprof", 3)])

	def test_load_fills_the_tables(self):
		spec = importlib.util.spec_from_file_location(
			"fresh_tables", os.path.join(gzunit.ROOT, "cocci", "engine",
						     "tables.py"))
		t = importlib.util.module_from_spec(spec)
		spec.loader.exec_module(t)
		catalogue.load(t, self.entries)
		self.assertEqual([x.arity for x in t.GZ_ALLOC["s_alloc"]], [3, 2])
		self.assertEqual(t.GZ_ZERO["z_kaddr"].object, t.KADDR)
		self.assertEqual(t.gz_role("s_alloc_noprof"), "alloc")


class RealCatalogue(unittest.TestCase):
	def test_the_series_allocators(self):
		names = [n for n, _ in catalogue.arities(catalogue.read())]
		self.assertIn("folio_alloc_mpol_noprof", names)
		self.assertNotIn("vma_alloc_folio", names)


if __name__ == "__main__":
	unittest.main()


class Vocabulary(unittest.TestCase):
	# The model's own words (checks, reasons, messages, extents) are
	# catalogue entries like the API's, strings and all.

	def test_string_arguments(self):
		self.assertEqual(catalogue.split_args(
			'R_X, "a-b", "c, (d) \\"e\\"", CONVERT'),
			["R_X", '"a-b"', '"c, (d) \\"e\\""', "CONVERT"])
		self.assertEqual(catalogue.value('"c, (d) \\"e\\""', tables),
				 'c, (d) "e"')

	def test_unterminated_string_refused(self):
		with self.assertRaises(ValueError):
			catalogue.split_args('X, "no end')

	def test_vocabulary_loaded(self):
		self.assertEqual(tables.GZ_CHECKS,
				 ["double-zeroing", "manual-zeroing",
				  "zero-without-user-addr",
				  "unconvertible-zeroing"])
		self.assertEqual(tables.GZ_ACTION["manual-zeroing"], "convert")
		self.assertEqual(tables.GZ_ACTION["zero-without-user-addr"],
				 "report")
		self.assertIn("post_alloc_hook()",
			      tables.GZ_REASON_TEXT["pool-allocator"])
		self.assertEqual(tables.GZ_EXTENT["folio_size"], tables.CALL)
		self.assertIn("ALIGN_DOWN", tables.GZ_ALIGN)

	def test_every_message_formats(self):
		# each template takes the number of arguments the catalogue's
		# comment gives it
		want = {"UNCONVERTIBLE": 5, "ALREADY_ZEROED": 3, "GUARDED": 4,
			"ZEROED_TWICE": 3, "SHARED": 7, "NO_USER_ADDR": 2}
		self.assertEqual(sorted(tables.GZ_MESSAGE), sorted(want))
		for ident, n in want.items():
			tables.GZ_MESSAGE[ident] % (("x",) * n)
			with self.assertRaises(TypeError):
				tables.GZ_MESSAGE[ident] % (("x",) * (n + 1))
