# SPDX-License-Identifier: GPL-2.0-only
"""lib/gfpzero/series.py: the conversion diff split per file and per
function, and the patches' names and subjects.

python3 -m unittest discover -s tests/unit -p 'test_command_*.py'
"""
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))

from gfpzero import series  # noqa: E402

SOURCE = """static void helper(struct page *page)
{
	/* } no end here */
	clear_user_highpage(page, 0);
}

struct page *caller(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER, vma, addr);

	helper(page);
	return page;
}

struct page *other(struct vm_area_struct *vma, unsigned long addr)
{
	struct page *page = alloc_page_vma(GFP_HIGHUSER, vma, addr);

	clear_user_highpage(page, addr);
	return page;
}
"""

DIFF = """--- a/mm/f.c
+++ b/mm/f.c
@@ -1,5 +1,4 @@ static void helper(struct page *page)
 static void helper(struct page *page)
 {
 	/* } no end here */
-	clear_user_highpage(page, 0);
 }
@@ -16,7 +15,6 @@ struct page *other(struct vm_area_struct
 {
 	struct page *page = alloc_page_vma(GFP_HIGHUSER, vma, addr);
 
-	clear_user_highpage(page, addr);
 	return page;
 }
"""


def convert(function, alloc_function):
    return {"action": "convert", "file": "/t/mm/f.c", "line": 4,
            "check": "double-zeroing", "function": function,
            "alloc": {"function": alloc_function, "callee": "alloc_page_vma"}}


class SplitTest(unittest.TestCase):
    def test_split_and_hunks(self):
        files = series.split_diff("junk\n" + DIFF)
        self.assertEqual([rel for rel, _ in files], ["mm/f.c"])
        diff = files[0][1]
        self.assertEqual(series.hunks(diff), [(4, 2, 7), (19, 8, 14)])

    def test_disk_path(self):
        bases = [("/t", "/t/mm/f.c"), ("/u", "/u/mm/f.c")]
        self.assertEqual(series.disk_path("mm/f.c", bases), "/t/mm/f.c")
        self.assertEqual(series.disk_path("mm/g.c", bases), "")


class PathsTest(unittest.TestCase):
    def test_given_then_relabelled(self):
        diff = ["--- /tmp/x/slice/1_f.c\t2026-01-01", "+++ /tmp/x/slice/1_f.c",
                "@@ -1 +1 @@", "--- not a header, a removed line"]
        given = series.given_paths(diff, {"/tmp/x/slice/1_f.c": "t/mm/f.c"})
        self.assertEqual(given[0], "--- t/mm/f.c\t2026-01-01")
        self.assertEqual(given[1:], diff[1:])
        out = series.relabel(given, [("t", "t/mm/f.c")])
        self.assertEqual(out[:3], ["--- a/mm/f.c", "+++ b/mm/f.c",
                                   "@@ -1 +1 @@"])

    def test_in_order_of_the_paths(self):
        # spatch --jobs: its workers' files in the order they finished
        h = ["diff -u -p t/mm/h.c /tmp/nothing/mm/h.c", "--- t/mm/h.c",
             "+++ /tmp/nothing/mm/h.c", "@@ -1 +1 @@",
             "--- a removed line, not a header", "+x"]
        m = ["--- t/mm/m.c", "+++ /tmp/nothing/mm/m.c", "@@ -1 +0,0 @@",
             "-y"]
        bases = [("t", "t/mm/h.c"), ("t", "t/mm/m.c")]
        self.assertEqual(series.in_order(m + h, bases), h + m)
        self.assertEqual(series.in_order(h + m, bases), h + m)
        self.assertEqual(series.in_order(["init_defs_builtins: x"] + m + h,
                                         bases),
                         ["init_defs_builtins: x"] + h + m)
        # a file the paths do not name goes last
        o = ["--- t/o.c", "+++ /tmp/nothing/o.c", "@@ -1 +1 @@", "-z"]
        self.assertEqual(series.in_order(o + m, bases), m + o)

    def test_diff_lines(self):
        self.assertEqual(series.diff_lines("a\nb\n"), ["a", "b"])
        self.assertEqual(series.diff_lines("a\nb"), ["a", "b"])


class GroupTest(unittest.TestCase):
    def test_static_callee_goes_with_its_caller(self):
        with tempfile.TemporaryDirectory() as d:
            os.makedirs(os.path.join(d, "mm"))
            path = os.path.join(d, "mm", "f.c")
            with open(path, "w") as f:
                f.write(SOURCE)
            findings = [convert("helper", "caller"), convert("other", "other")]
            groups = series.group_hunks(series.split_diff(DIFF),
                                        [(d, path)], findings)
        self.assertEqual([g[0] for g in groups],
                         ["mm/f.c:caller", "mm/f.c:other"])

    def test_hunk_outside_functions(self):
        self.assertEqual(series.function_of([("f", 3, 9)], 12), "?")


class NameTest(unittest.TestCase):
    def test_subject_prefix(self):
        self.assertEqual(series.subject_prefix("mm/memory.c"), "mm")
        self.assertEqual(series.subject_prefix("fs/proc/base.c"), "proc")
        self.assertEqual(series.subject_prefix("drivers/gpu/x.c"), "gpu")
        self.assertEqual(series.subject_prefix("include/linux/gfp.h"), "gfp")
        self.assertEqual(series.subject_prefix("kernel/fork.c"), "kernel")
        self.assertEqual(series.subject_prefix("6.1-two.c"), "6.1-two")

    def test_patch_name(self):
        self.assertEqual(series.patch_name(3, "mm: use __GFP_ZERO in f"),
                         "0003-mm-use-GFP-ZERO-in-f.patch")
        self.assertEqual(len(series.patch_name(1, "x" * 80)), 5 + 52 + 6)


class CoverTest(unittest.TestCase):
    def test_lists(self):
        findings = [convert("helper", "caller"),
                    {"action": "report", "file": "/t/mm/g.c", "line": 7,
                     "function": "g", "check": "unconvertible-zeroing",
                     "reason": "pool"}]
        self.assertEqual(series.cover_converted(findings, "/t/"),
                         ["  mm/f.c:4 helper() [double-zeroing]"])
        self.assertEqual(series.cover_reported(findings, "/t/"),
                         ["  mm/g.c:7 g() [unconvertible-zeroing: pool]"])
        self.assertEqual(series.cover_reported([], "/t/"), ["  none"])


if __name__ == "__main__":
    unittest.main()
