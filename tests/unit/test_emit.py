# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/emit.py: what the modes print.

import contextlib
import io
import json
import unittest

import gzunit
from engine import facts
from engine.analyse import gz_analyse
from engine.emit import gz_display_column, gz_print


class Print(unittest.TestCase):
	def setUp(self):
		self.s = gzunit.fault()
		facts.GZ_FILES[self.s.path] = self.s.ff
		gz_analyse()

	def tearDown(self):
		self.s.close()

	def output(self, mode):
		out = io.StringIO()
		with contextlib.redirect_stdout(out):
			gz_print(mode)
		return out.getvalue()

	def test_report_line(self):
		self.assertEqual(self.output("report"),
			"%s:8:1-20: user page from 'alloc_page_vma' is zeroed by hand "
			"with 'clear_user_highpage'; with init_on_alloc=1 it is "
			"zeroed twice, the second time through the cache-flush path; "
			"pass __GFP_ZERO [double-zeroing]\n" % self.s.path)

	def test_json_object(self):
		o = json.loads(self.output("json"))
		self.assertEqual((o["check"], o["action"], o["line"], o["column"],
				  o["function"], o["fixit"], o["reason"]),
				 ("double-zeroing", "convert", 8, 9, "f", True, None))
		self.assertEqual(o["alloc"], {"file": self.s.path, "line": 5,
					      "column": 16, "function": "f",
					      "callee": "alloc_page_vma"})

	def test_columns_count_tabs_as_gcc_does(self):
		self.assertEqual(gz_display_column(self.s.ff, 8, 1), 9)
		self.assertEqual(gz_display_column(self.s.ff, 1, 7), 8)


if __name__ == "__main__":
	unittest.main()
