# SPDX-License-Identifier: GPL-2.0-only
"""lib/gfpzero/findings.py: what bin/gfpzero prints from the findings.

python3 -m unittest discover -s tests/unit -p 'test_command_*.py'
"""
import os
import sys
import unittest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "lib"))

from gfpzero import findings as fd  # noqa: E402


def finding(file, line, column=5, check="double-zeroing", **more):
    return dict({"file": file, "line": line, "column": column,
                 "check": check, "message": "m"}, **more)


class MergeTest(unittest.TestCase):
    def test_order_file_line_column_check(self):
        values = [finding("b.c", 1), finding("a.c", 10), finding("a.c", 9),
                  finding("a.c", 9, 2), finding("a.c", 9, 2, "manual-zeroing")]
        found, _ = fd.merge(values)
        self.assertEqual([(v["file"], v["line"], v["column"], v["check"])
                          for v in found],
                         [("a.c", 9, 2, "double-zeroing"),
                          ("a.c", 9, 2, "manual-zeroing"),
                          ("a.c", 9, 5, "double-zeroing"),
                          ("a.c", 10, 5, "double-zeroing"),
                          ("b.c", 1, 5, "double-zeroing")])

    def test_numbers_not_strings(self):
        # line 9 before line 10: numbers, not their text
        found, _ = fd.merge([finding("a.c", 10), finding("a.c", 9)])
        self.assertEqual([v["line"] for v in found], [9, 10])

    def test_duplicates_once_whatever_key_order(self):
        a = finding("h.h", 3)
        b = dict(reversed(list(a.items())))
        found, _ = fd.merge([a, b, a])
        self.assertEqual(len(found), 1)

    def test_inventory_apart(self):
        inv = {"kind": "inventory", "file": "a.c", "line": 1, "column": 1,
               "zeroing": "clear_page", "origin": "a parameter"}
        found, inventory = fd.merge([finding("a.c", 2), inv])
        self.assertEqual(len(found), 1)
        self.assertEqual(inventory, [inv])

    def test_jq_order_of_kinds(self):
        values = [{"a": 1}, [1], "s", 2, True, False, None]
        self.assertEqual(sorted(values, key=fd.order),
                         [None, False, True, 2, "s", [1], {"a": 1}])


class PrintTest(unittest.TestCase):
    def test_text_with_notes(self):
        v = finding("a.c", 9, alloc={"file": "a.c", "line": 4, "column": 2,
                                     "callee": "alloc_page"},
                    disagree={"file": "a.c", "line": 9, "text": "t"})
        self.assertEqual(list(fd.text_lines([v], "error")), [
            "a.c:9:5: error: m [double-zeroing]",
            "a.c:4:2: note: 'alloc_page' allocates it here",
            "a.c:9: note: the backends disagree here: t"])

    def test_json_like_jq(self):
        self.assertEqual(fd.dumps([], 2), "[]")
        self.assertEqual(fd.dumps([{"a": 1, "b": [True, None]}], 2),
                         '[\n  {\n    "a": 1,\n    "b": [\n      true,\n'
                         '      null\n    ]\n  }\n]')
        self.assertEqual(fd.dumps({"s": "\x7f\u00e9"}), '{"s":"\\u007f\u00e9"}')

    def test_summary(self):
        found = [finding("a.c", 1), finding("a.c", 2)]
        self.assertEqual(fd.summary(found, scanned=1),
                         "gfpzero: 2 findings in 1 file, 1 file scanned")
        self.assertEqual(fd.summary([], tree="/k"), "gfpzero: 0 findings in /k")


class BothTest(unittest.TestCase):
    def test_agree(self):
        out = fd.both([finding("a.c", 9)], [finding("a.c", 9, 1)])
        self.assertEqual(len(out), 1)
        self.assertEqual(out[0]["backend"], "both")
        self.assertNotIn("disagree", out[0])

    def test_disagree_on_every_finding_of_the_site(self):
        out = fd.both([finding("a.c", 9)],
                      [finding("a.c", 9, check="manual-zeroing", reason="r")])
        self.assertEqual([v["backend"] for v in out], ["plugin", "cocci"])
        for v in out:
            self.assertEqual(v["disagree"]["text"],
                             "plugin: double-zeroing; "
                             "cocci: manual-zeroing (r)")

    def test_one_backend_alone(self):
        out = fd.both([], [finding("a.c", 9)])
        self.assertEqual(out[0]["disagree"]["text"],
                         "plugin: nothing; cocci: double-zeroing")


class OtherTest(unittest.TestCase):
    def test_relative(self):
        out = fd.relative([finding("./mm/a.c", 1,
                                   alloc={"file": "/k/mm/b.c"})], "/k/")
        self.assertEqual(out[0]["file"], "mm/a.c")
        self.assertEqual(out[0]["alloc"]["file"], "mm/b.c")

    def test_select_checks(self):
        values = [finding("a.c", 1), finding("a.c", 2, check="manual-zeroing")]
        self.assertEqual(len(fd.select_checks(values, "all")), 2)
        self.assertEqual([v["line"] for v in
                          fd.select_checks(values, "manual-zeroing,x")], [2])

    def test_not_json_is_an_error(self):
        with self.assertRaises(fd.BadJSON):
            fd.parse_jsonl('{"a": 1}\n{"b": \n')


if __name__ == "__main__":
    unittest.main()
