# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/analyse.py: files from facts to findings, failures as
# errors, the user-address plumbing.

import contextlib
import io
import os
import tempfile
import unittest

import gzunit
from engine import facts
from engine.analyse import gz_analyse, gz_plumbing


def run(*sources, patch=False):
	# gz_analyse() over SOURCES as one spatch group: (results, stderr)
	for s in sources:
		facts.GZ_FILES[s.path] = s.ff
	facts.GZ_MODE["patch"] = patch
	err = io.StringIO()
	try:
		with contextlib.redirect_stderr(err):
			gz_analyse()
	finally:
		facts.GZ_MODE["patch"] = False
	return list(facts.GZ_RESULTS), err.getvalue()


class Analyse(unittest.TestCase):
	def setUp(self):
		self.a = gzunit.fault()
		self.b = gzunit.conditional()

	def tearDown(self):
		self.a.close()
		self.b.close()
		facts.GZ_FAULT = ("",)

	def test_each_file_its_findings(self):
		res, err = run(self.a, self.b)
		self.assertEqual(err, "")
		got = dict((ff.name, [(f.check, f.reason) for f in fs])
			   for ff, fs in res)
		self.assertEqual(got, {
			self.a.path: [("double-zeroing", None)],
			self.b.path: [("unconvertible-zeroing",
				       "conditional-zeroing")]})
		self.assertEqual(facts.GZ_FILES, {})
		# context mode marks the zeroing and the allocation
		self.assertEqual(facts.GZ_CONTEXT[self.a.path], {(8, 1), (5, 8)})

	def test_a_failed_analysis_is_an_error_not_no_findings(self):
		facts.GZ_FAULT = ("analysis", "f")
		res, err = run(self.a)
		self.assertEqual(res, [])
		self.assertEqual(err,
			"gfpzero.cocci: error: %s: f(): the analysis failed "
			"(RuntimeError: fault injected by GFPZERO_COCCI_FAULT): its "
			"findings would be missing\n" % self.a.path)

	def test_patch_mode_needs_the_plumbing(self):
		res, err = run(self.a, patch=True)
		self.assertIn("%s: USER_ADDR_NONE is not defined for this file" %
			      self.a.path, err)
		self.assertEqual(facts.GZ_PLANS, {})


class Plumbing(unittest.TestCase):
	def test_a_local_header_or_the_tree(self):
		with tempfile.TemporaryDirectory() as d:
			c = os.path.join(d, "mm", "x.c")
			os.makedirs(os.path.join(d, "mm"))
			os.makedirs(os.path.join(d, "include", "linux"))
			with open(c, "w") as fp:
				fp.write('#include "local.h"\n')
			self.assertFalse(gz_plumbing(c))
			with open(os.path.join(d, "mm", "local.h"), "w") as fp:
				fp.write("#define USER_ADDR_NONE (~0UL)\n")
			self.assertTrue(gz_plumbing(c))


if __name__ == "__main__":
	unittest.main()
