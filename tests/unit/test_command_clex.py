# SPDX-License-Identifier: GPL-2.0-only
"""lib/gfpzero/clex.py, slice.py and prefilter.py: the C the command reads
without a compiler.

python3 -m unittest discover -s tests/unit -p 'test_command_*.py'
"""
import os
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
sys.path.insert(0, os.path.join(ROOT, "lib"))

from gfpzero import clex, prefilter, unparsed  # noqa: E402
from gfpzero import slice as cslice  # noqa: E402
from gfpzero.catalogue import Catalogue  # noqa: E402

NAMES = {"alloc_page", "clear_highpage", "set_pte_at"}


class LexerTest(unittest.TestCase):
    def test_strip(self):
        lex = clex.LineLexer()
        self.assertEqual(lex.strip('a("}", \'{\') /* { */ b; // }').count("{"), 0)
        self.assertEqual(lex.strip("x /* {").strip(), "x")
        self.assertTrue(lex.incomment)
        self.assertEqual(lex.strip("} */ y").strip(), "y")

    def test_arity(self):
        def arity(args):
            text = "f(" + args + ");"
            return clex.call_arity(text, 2)[0]
        self.assertEqual(arity(""), 0)
        self.assertEqual(arity("a, b"), 2)
        self.assertEqual(arity("a, /* b, c */ d"), 2)
        self.assertEqual(arity("a, // b, c\n d"), 2)
        self.assertEqual(arity("',', \"a, b\""), 2)
        self.assertEqual(arity("max(0, 1), b"), 2)

    def test_functions(self):
        lines = ["static int", "foo(int a,", "    int b)", "{",
                 "\treturn a;", "}", "", "struct s x =", "{", "\t1,", "};"]
        self.assertEqual(clex.functions(lines), [(2, 4, 6), (8, 9, 11)])
        self.assertEqual(clex.function_name(lines[1]), "foo")
        self.assertEqual(clex.function_at(lines, 5), (2, 6))
        self.assertIsNone(clex.function_at(lines, 7))


SLICE_CASE = r'''#define wrap_alloc(g) alloc_page(g)

struct page *direct(void)
{
	return alloc_page(GFP_KERNEL);	/* KEEP direct */
}

static int caller(void)
{
	return direct() != NULL;	/* KEEP caller */
}

int via_macro(void)
{
	return wrap_alloc(0) != NULL;	/* KEEP via macro */
}

static int
other(int a,
      int b)
{
	return a + b;	/* BLANK other */
}

int comment_only(void)
{
	/* alloc_page(GFP_KERNEL) in a comment is no call */
	return 0;	/* BLANK comment */
}

int takes_address(void)
{
	return direct == NULL;	/* BLANK takes the address, no call */
}

int odd(void)
{
#ifdef CONFIG_X
	if (1) {
#else
	if (0) {
#endif
		return 1;	/* KEEP unbalanced */
	}
	return 0;
}

static const int table[] =
{
	1, 2,	/* KEEP initialiser */
};

int brace_in_comment(void)
{
	/* } */
	const char *s = "}";
	char c = '}';
	return alloc_page(0) != 0;	/* KEEP after braces in a comment, a string, a char */
}

int brace_in_string(void)
{
	const char *s = "{";
	return 0;	/* BLANK braces in a string do not open a block */
}
'''


class SliceTest(unittest.TestCase):
    """tests/run's test_slice, and braces that are no braces."""

    def slice(self, text):
        lines = text.split("\n")[:-1]
        out, blanked = cslice.slice_lines(lines, NAMES)
        self.assertEqual(len(out), len(lines))
        for old, new in zip(lines, out):
            self.assertIn(new, ("", old))
        return "\n".join(out), blanked

    def test_keeps_and_blanks(self):
        out, _ = self.slice(SLICE_CASE)
        for n in ("direct", "caller", "via macro", "unbalanced",
                  "initialiser", "after braces in a comment"):
            self.assertIn("KEEP " + n, out)
        for n in ("other", "comment", "takes the address",
                  "braces in a string"):
            self.assertNotIn("BLANK " + n, out)

    def test_brace_in_comment_does_not_end_function(self):
        # a "}" in a comment, a string or a constant is no end: the body
        # is one, it calls alloc_page(), it is kept
        bodies = cslice.bodies(SLICE_CASE.split("\n"))
        names = [b.names for b in bodies]
        self.assertIn(["brace_in_comment"], names)
        b = bodies[names.index(["brace_in_comment"])]
        self.assertIn("alloc_page", b.calls)

    def test_nothing_to_blank_no_copy(self):
        text = "struct page *direct(void)\n{\n\treturn alloc_page(0);\n}\n"
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "f.c")
            with open(path, "w") as f:
                f.write(text)
            self.assertEqual(cslice.slice_files([path], NAMES, d), [(path, "")])
            with open(path, "a") as f:
                f.write("\nint other(void)\n{\n\treturn 0;\n}\n")
            copy = cslice.slice_files([path], NAMES, d)[0][1]
            self.assertEqual(os.path.basename(copy), "1_f.c")
            with open(copy) as f:
                self.assertNotIn("return 0;", f.read())


ARITY_FN = '''struct page *f(gfp_t gfp, int nid, unsigned long addr)
{
	struct page *page = __alloc_pages(%s);

	clear_highpage(page);
	return page;
}
'''
KZERO_FN = '''void f(struct vm_area_struct *vma, pte_t *pte, unsigned long addr)
{
	struct page *page = alloc_page(GFP_KERNEL);
	void *p = %s;

	memset(p, 0, PAGE_SIZE);
	set_pte_at(vma->vm_mm, addr, pte, mk_pte(page, vma->vm_page_prot));
}
'''


class PrefilterTest(unittest.TestCase):
    """tests/run's test_prefilter_count, without spatch."""

    @classmethod
    def setUpClass(cls):
        cat = Catalogue(os.path.join(ROOT, "include", "gfpzero_catalogue.h"))
        out = subprocess.run([os.path.join(ROOT, "cocci", "gen-catalogue"),
                              "--arities"], check=True, capture_output=True,
                             text=True).stdout
        arities = [(n, int(a)) for n, a in (l.split() for l in out.splitlines())]
        cls.kinds = prefilter.Kinds(cat, arities)

    def holds(self, text):
        return prefilter.can_hold_finding(text.encode(), self.kinds)

    def test_arity_decides(self):
        self.assertFalse(self.holds(ARITY_FN % "gfp, 0, nid, NULL"))
        self.assertTrue(self.holds(ARITY_FN % "gfp, 0, nid, NULL, addr"))
        self.assertTrue(self.holds(ARITY_FN % 'gfp, /* a, b */ 0, // c, d\n'
                                   '\t\t\tnid, NULL, /* "c, */ addr'))
        self.assertFalse(self.holds(ARITY_FN % "gfp, ',', nid, NULL"))
        self.assertFalse(self.holds(ARITY_FN % "gfp, max(0, 1), nid, NULL"))

    def test_kernel_address_needs_a_mapping(self):
        self.assertFalse(self.holds(KZERO_FN % "vma->vm_private_data"))
        self.assertTrue(self.holds(KZERO_FN % "kmap_local_page(page)"))

    def test_no_allocator(self):
        self.assertFalse(self.holds("void f(struct page *p)\n{\n"
                                    "\tclear_user_highpage(p, 0);\n}\n"))
        # a longer word is not the allocator
        self.assertFalse(self.holds("void f(void)\n{\n\tmy_alloc_page_vma(0);"
                                    "\n\tclear_user_highpage(p, 0);\n}\n"))
        self.assertTrue(self.holds("void f(void)\n{\n\talloc_page_vma(0);"
                                   "\n\tclear_user_highpage(p, 0);\n}\n"))


class UnparsedTest(unittest.TestCase):
    def test_only_functions_with_a_catalogue_call(self):
        text = ("int quiet(void)\n{\n\tint x = ;\n}\n\n"
                "int loud(void)\n{\n\tint x = ;\n\talloc_page(0);\n}\n")
        with tempfile.TemporaryDirectory() as d:
            path = os.path.join(d, "f.c")
            with open(path, "w") as f:
                f.write(text)
            err = (f' = File "{path}", line 3, column 9\n'
                   f' = File "{path}", line 8, column 9\n'
                   f' = File "{path}", line 8, column 9\n')
            msgs = unparsed.messages(err, {path: "given.c"}, NAMES)
        self.assertEqual(msgs, [
            "gfpzero: error: given.c:8: Coccinelle cannot parse loud() "
            "(lines 6-10), which calls alloc_page(): spatch skips it, so its "
            "findings would be missed"])


if __name__ == "__main__":
    unittest.main()


class FindsTest(unittest.TestCase):
    """The kinds that together can give a finding are the catalogue's
    GFPZ_FINDS lines, read once, as the semantic patch's gates are."""

    def setUp(self):
        cat = Catalogue(os.path.join(ROOT, "include", "gfpzero_catalogue.h"))
        self.finds = [set(f) for k, f in cat.entries if k == "FINDS"]

    def test_from_the_catalogue(self):
        self.assertIn({"pub", "kzero", "map"}, self.finds)
        self.assertIn({"uzero"}, self.finds)

    def test_relevant(self):
        rel = prefilter.relevant
        self.assertTrue(rel({"pub", "zero"}, False, self.finds))
        self.assertTrue(rel({"uzero"}, False, self.finds))
        self.assertFalse(rel({"pub"}, False, self.finds))
        self.assertFalse(rel({"kzero", "pub"}, False, self.finds))
        # a zeroing on the page counts with an allocator that sees the
        # user address, and not without one
        self.assertFalse(rel({"zero"}, False, self.finds))
        self.assertTrue(rel({"zero"}, True, self.finds))
        self.assertFalse(rel({"zero", "ualloc"}, False, self.finds))
