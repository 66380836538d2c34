# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/facts.py: the text of facts read from the file.

import contextlib
import io
import unittest

import gzunit
from engine.facts import gz_failed, gz_loop_body, gz_split

TEXT = """\
void f(struct page *page)
{
	memset(kmap_local_folio(page, 0) /* map, */, 0,
	       PAGE_SIZE /* "),(" */);
	for (i = 0; i < n; i++) {
		clear_page(p + i);
	}
	while (x)
		x = g(x, ')');
}
"""


class Facts(unittest.TestCase):
	def setUp(self):
		self.s = gzunit.Source(TEXT)
		self.ff = self.s.ff

	def tearDown(self):
		self.s.close()

	def test_text_across_lines(self):
		self.assertEqual(self.ff.text((3, 1), (4, 17)),
				 "memset(kmap_local_folio(page, 0) /* map, */, 0,\n"
				 "\t       PAGE_SIZE")

	def test_arguments_split_past_comments_and_nesting(self):
		args = gz_split(self.ff, (3, 7), (4, 30))
		self.assertEqual([a[0] for a in args],
				 ["kmap_local_folio(page, 0) /* map, */", "0",
				  "PAGE_SIZE /* \"),(\" */"])
		# where each starts and ends, for the patch rules
		self.assertEqual((args[1][1], args[1][2]), ((3, 46), (3, 47)))
		self.assertEqual(args[2][1], (4, 8))

	def test_loop_bodies(self):
		self.assertEqual(gz_loop_body(self.ff, (5, 1)), ((5, 25), (7, 2)))
		# a body without braces ends at its ';', not at a quoted ')'
		self.assertEqual(gz_loop_body(self.ff, (8, 1)), ((9, 2), (9, 16)))

	def test_a_failure_is_an_error_line(self):
		err = io.StringIO()
		with contextlib.redirect_stderr(err):
			gz_failed("mm/x.c", "f", KeyError("k"))
		self.assertEqual(err.getvalue(),
				 "gfpzero.cocci: error: mm/x.c: f(): the analysis "
				 "failed (KeyError: 'k'): its findings would be "
				 "missing\n")


if __name__ == "__main__":
	unittest.main()
