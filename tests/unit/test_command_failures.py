# SPDX-License-Identifier: GPL-2.0-only
"""lib/gfpzero/failures.py: a failure of spatch or the compiler is one
gfpzero error naming the file as given.

python3 -m unittest discover -s tests/unit -p 'test_command_*.py'
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))

from gfpzero import failures  # noqa: E402


class SpatchTest(unittest.TestCase):
    given = failures.given_files({"/t/slice/1_f.c": "/abs/f.c"},
                                 [("/t/slice/1_f.c", "mm/f.c")])

    def test_names_the_file_as_given(self):
        err = ("HANDLING: /t/slice/1_f.c\n"
               "gfpzero.cocci: error: /abs/f.c: g(): the analysis failed (X)\n"
               "EXN: Stack overflow in /t/slice/1_f.c\n"
               "EXN: Stack overflow in /t/slice/1_f.c\n")
        self.assertEqual(failures.spatch_failures(err, self.given), [
            "gfpzero: error: mm/f.c: g(): the analysis failed (X)",
            "gfpzero: error: mm/f.c: spatch gave up on this file "
            "(Stack overflow): its findings would be missing"])

    def test_python_exception(self):
        err = "EXN: Error in Python: boom in /abs/f.c\n"
        self.assertEqual(failures.spatch_failures(err, self.given), [
            "gfpzero: error: mm/f.c: spatch gave up on this file "
            "(an exception in its Python): its findings would be missing"])

    def test_nothing_failed(self):
        self.assertEqual(failures.spatch_failures("HANDLING: x\n", {}), [])


class CrashTest(unittest.TestCase):
    def test_where(self):
        log = ("f.c: In function \u2018g\u2019:\n"
               "f.c:3:1: internal compiler error: Segmentation fault\n")
        self.assertEqual(failures.compiler_crash(log, "x.c"), "f.c: g()")
        self.assertEqual(failures.compiler_crash(
            "cc1: internal compiler error: x\n", "x.c"), "x.c: ?()")
        self.assertIsNone(failures.compiler_crash("f.c:1: error: x\n"))


if __name__ == "__main__":
    unittest.main()
