# SPDX-License-Identifier: GPL-2.0-only
"""lib/gfpzero/compiled.py: whether a unit compiles the lines a patch
changes, read from GCC's own preprocessed output.

python3 -m unittest discover -s tests/unit -p 'test_command_*.py'
"""
import os
import subprocess
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))

from gfpzero import compiled  # noqa: E402

# A generic definition that an architecture may replace, as highmem.h's
# vma_alloc_zeroed_movable_folio; a short #else, which GCC leaves as blank
# lines; a comment.
HEADER = """#ifndef zeroed_folio
static inline struct folio *zeroed_folio(unsigned long vaddr)
{
	struct folio *folio = vma_alloc_folio(0, 0, vaddr);

	if (folio)
		clear_user_highpage(&folio->page, vaddr);
	return folio;
}
#else
static inline int other(void)
{
	return 0;
}
#endif
/* a comment */
"""

PATCH = """--- a/include/linux/h.h
+++ b/include/linux/h.h
@@ -1,10 +1,8 @@
 #ifndef zeroed_folio
 static inline struct folio *zeroed_folio(unsigned long vaddr)
 {
-	struct folio *folio = vma_alloc_folio(0, 0, vaddr);
+	struct folio *folio = vma_alloc_folio(__GFP_ZERO, 0, vaddr);
 
-	if (folio)
-		clear_user_highpage(&folio->page, vaddr);
 	return folio;
 }
 #else
"""

# The #else branch's body only
ELSE_PATCH = """--- a/include/linux/h.h
+++ b/include/linux/h.h
@@ -12,3 +12,3 @@
 {
-	return 0;
+	return 1;
 }
"""

COMMENT_PATCH = """--- a/include/linux/h.h
+++ b/include/linux/h.h
@@ -16 +15,0 @@
-/* a comment */
"""

ADD_PATCH = """--- a/include/linux/h.h
+++ b/include/linux/h.h
@@ -3,2 +3,3 @@
 {
+	might_sleep();
 	struct folio *folio = vma_alloc_folio(0, 0, vaddr);
"""


class ChangedLines(unittest.TestCase):
    def test_removed_and_replaced(self):
        self.assertEqual(compiled.changed_lines(PATCH),
                         {"include/linux/h.h": {4, 6, 7}})

    def test_added_only_counts_the_line_before(self):
        self.assertEqual(compiled.changed_lines(ADD_PATCH),
                         {"include/linux/h.h": {3}})

    def test_two_files(self):
        two = PATCH + ELSE_PATCH.replace("h.h", "g.h")
        self.assertEqual(compiled.changed_lines(two),
                         {"include/linux/h.h": {4, 6, 7},
                          "include/linux/g.h": {13}})


class Compiles(unittest.TestCase):
    """The .i files come from the host's gcc -E, as make FILE.i makes
    them, run in an output directory of its own (O=)."""

    def setUp(self):
        self.dir = tempfile.TemporaryDirectory()
        self.src = os.path.join(self.dir.name, "src")
        self.obj = os.path.join(self.dir.name, "obj")
        os.makedirs(os.path.join(self.src, "include", "linux"))
        os.makedirs(os.path.join(self.obj, "mm"))
        with open(os.path.join(self.src, "include", "linux", "h.h"), "w") as f:
            f.write(HEADER)
        os.makedirs(os.path.join(self.src, "mm"))
        with open(os.path.join(self.src, "mm", "u.c"), "w") as f:
            f.write('#include <linux/h.h>\nint u;\n')

    def tearDown(self):
        self.dir.cleanup()

    def preprocess(self, *defines):
        # the source by a path relative to the output directory, as
        # kbuild's O= builds name it
        rel = os.path.relpath(self.src, self.obj)
        return subprocess.run(
            ["gcc", "-E", "-I", os.path.join(rel, "include"), *defines,
             os.path.join(rel, "mm", "u.c")],
            cwd=self.obj, check=True, capture_output=True, text=True).stdout

    def test_generic_definition_compiled(self):
        self.assertTrue(compiled.compiles(PATCH, self.preprocess(),
                                          self.src, self.obj))

    def test_replaced_definition_not_compiled(self):
        i = self.preprocess("-Dzeroed_folio=zeroed_folio")
        self.assertFalse(compiled.compiles(PATCH, i, self.src, self.obj))
        self.assertTrue(compiled.compiles(ELSE_PATCH, i, self.src, self.obj))

    def test_short_else_left_out_is_not_held(self):
        # GCC keeps the line count of a short #else with blank lines
        self.assertFalse(compiled.compiles(ELSE_PATCH, self.preprocess(),
                                           self.src, self.obj))

    def test_comment_is_not_held(self):
        self.assertFalse(compiled.compiles(COMMENT_PATCH, self.preprocess(),
                                           self.src, self.obj))

    def test_same_name_elsewhere_is_another_file(self):
        other = os.path.join(self.dir.name, "other")
        self.assertFalse(compiled.compiles(PATCH, self.preprocess(),
                                           other, self.obj))


if __name__ == "__main__":
    unittest.main()
