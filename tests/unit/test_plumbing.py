# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/analyse.py gz_plumbing(): is the conversion's user address
# plumbed for a file (the one test; the command asks it through
# lib/gfpzero-tool.py plumbing).

import os
import tempfile
import unittest

import gzunit
from engine import analyse


class Plumbing(unittest.TestCase):
	def setUp(self):
		# the name it looks for is the catalogue's
		self.assertEqual(gzunit.tables.GZ_NO_USER_ADDR, {"USER_ADDR_NONE"})
		self.dir = tempfile.TemporaryDirectory()
		self.root = self.dir.name

	def tearDown(self):
		self.dir.cleanup()

	def write(self, rel, text):
		path = os.path.join(self.root, rel)
		os.makedirs(os.path.dirname(path), exist_ok=True)
		with open(path, "w") as fp:
			fp.write(text)
		return path

	def test_local_header_with_or_without_a_blank(self):
		self.write("d/h.h", "#define USER_ADDR_NONE (-1UL)\n")
		self.assertTrue(analyse.gz_plumbing(
			self.write("d/a.c", '#include"h.h"\n')))
		self.assertTrue(analyse.gz_plumbing(
			self.write("d/b.c", '# include "h.h"\n')))

	def test_system_include_is_not_local(self):
		self.write("d/h.h", "#define USER_ADDR_NONE (-1UL)\n")
		self.assertFalse(analyse.gz_plumbing(
			self.write("d/c.c", "#include <h.h>\n")))

	def test_kernel_tree_include(self):
		analyse.GZ_PLUMBING.clear()
		self.write("t/include/linux/gfp.h",
			   "#define USER_ADDR_NONE (-1UL)\n")
		self.assertTrue(analyse.gz_plumbing(self.write("t/mm/x.c", "")))

	def test_tree_without_it(self):
		analyse.GZ_PLUMBING.clear()
		self.write("u/include/linux/gfp.h", "/* USER_ADDR_NONE */\n")
		self.assertFalse(analyse.gz_plumbing(self.write("u/mm/x.c", "")))


if __name__ == "__main__":
	unittest.main()
