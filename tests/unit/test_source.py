# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/source.py: the text around a fact.

import unittest

import gzunit
from engine.source import (gz_count_text, gz_file_macros, gz_init_decl,
			   gz_next_char,
			   gz_prev_code_char, gz_pure_condition, gz_pure_init,
			   gz_removal, gz_subst_ident)

TEXT = """\
void f(struct page *page, unsigned long addr, bool z)
{
	x = 1; /* a comment */
	if (user_alloc_needs_zeroing())
		clear_user_highpage(page, addr);
	if (z && (n = m))
		clear_user_highpage(page, addr);
	y = 2; clear_user_highpage(page, addr);
}
"""


class Text(unittest.TestCase):
	def setUp(self):
		self.s = gzunit.Source(TEXT)
		self.ff = self.s.ff

	def tearDown(self):
		self.s.close()

	def test_chars_around_a_position(self):
		# before line 4: the ';' of line 3, past its comment
		self.assertEqual(gz_prev_code_char(self.ff, 4, 1), (3, 6, ";"))
		self.assertEqual(gz_next_char(self.ff, 3, 7), (3, 8, "/"))

	def test_a_pure_condition_goes_with_its_statement(self):
		close = self.ff.line(4).rindex(")")
		self.assertEqual(gz_pure_condition(self.ff, 4, close), 4)
		self.assertEqual(gz_removal(self.ff, (5, 2), (5, 34), True), "if")
		self.assertIsNone(gz_removal(self.ff, (5, 2), (5, 34), False))

	def test_a_condition_with_an_assignment_stays(self):
		close = self.ff.line(6).rindex(")")
		self.assertIsNone(gz_pure_condition(self.ff, 6, close))
		self.assertIsNone(gz_removal(self.ff, (7, 2), (7, 34), True))

	def test_a_statement_not_alone_on_its_line(self):
		# the statement must own its lines: not after another one,
		# not before a comment
		self.assertIsNone(gz_removal(self.ff, (8, 8), (8, 40), True))
		self.assertIsNone(gz_removal(self.ff, (3, 1), (3, 7), True))

	def test_counting_a_variable(self):
		self.assertEqual(gz_count_text(
			"page = p->page; /* page */ struct page *q = page;", "page"),
			2)
		self.assertEqual(gz_subst_ident("vmf->address + addr2", "vmf",
						"fault"), "fault->address + addr2")


DECLS = """\
void f(struct vm_fault *vmf, int order)
{
	unsigned long a = vmf->address & HPAGE_PMD_MASK;
	unsigned long b = ALIGN_DOWN(vmf->address,
				     PAGE_SIZE << order);
	unsigned long c = vmf->address & mask(order);
	unsigned long d = vmf->address, e = 0;
	unsigned long g = vmf->address; x = 1;
	unsigned long h = vmf->address /* raw */;
	unsigned long i;
}
"""


def align(w):
	return w == "ALIGN_DOWN"


class Initialisers(unittest.TestCase):
	def test_what_only_computes(self):
		for t in ("vmf->address & HPAGE_PMD_MASK", "ALIGN_DOWN(x, 1UL << o)",
			  "(unsigned long)p[i].a + sizeof(long)", "a <= b", "a != b",
			  "a >= b", "a == b", "*p >> 2", "-x", "~0x1fUL"):
			self.assertTrue(gz_pure_init(" " + t, align), t)

	def test_what_may_do_something(self):
		for t in ("x & get_mask(vma)", "ALIGN(x, f())", "a = b", "a += 1",
			  "a <<= 1", "a >>= 1", "i++", "--i", "a ? b : c", "a && b",
			  "a || b", "*(volatile long *)p", "({ x; })", "s[0] == 'a'",
			  "strlen(\"a\")"):
			self.assertFalse(gz_pure_init(" " + t, align), t)

	def test_the_file_s_macros(self):
		macros = {"MASK": " (~(fault_size() - 1))", "PURE": " (~0UL << 12)",
			  "DEEP": " MASK", "LOOP": " LOOP",
			  "HADDR": " ((v)->address & PURE)"}
		self.assertTrue(gz_pure_init(" x & PURE", align, macros))
		self.assertTrue(gz_pure_init(" x & MASK", align, {}))
		for t in ("x & MASK", "x & DEEP", "x & LOOP"):
			self.assertFalse(gz_pure_init(" " + t, align, macros), t)
		# a function-like macro is a call all the same, as in the plugin
		self.assertFalse(gz_pure_init(" HADDR(vmf)", align, macros))

	def test_file_macros_read(self):
		s = gzunit.Source("#define A\t(f() \\\n\t- 1)\n"
				  "# define B(x) ((x) + 1)\nvoid f(void)\n{\n}\n")
		try:
			m = gz_file_macros(s.ff)
			self.assertEqual(sorted(m), ["A", "B"])
			self.assertIn("f()", m["A"])
			self.assertIn("- 1)", m["A"])
			self.assertEqual(m["B"].strip(), "((x) + 1)")
		finally:
			s.close()

	def test_a_declaration_that_can_go(self):
		s = gzunit.Source(DECLS)
		try:
			ff = s.ff
			# from the type to past the ';'
			self.assertEqual(gz_init_decl(ff, s.at(3, "a ="), "a", align),
					 ((3, 1), (3, len(ff.line(3)))))
			# over two lines
			self.assertEqual(gz_init_decl(ff, s.at(4, "b ="), "b", align),
					 ((4, 1), (5, len(ff.line(5)))))
			# a call; two declarators; code or a comment after it;
			# no initialiser
			for n, v in ((6, "c"), (7, "d"), (8, "g"), (9, "h"),
				     (10, "i")):
				at = s.at(n, " %s " % v if n < 10 else " i;")
				self.assertIsNone(gz_init_decl(
					ff, (n, at[1] + 1), v, align), v)
		finally:
			s.close()


if __name__ == "__main__":
	unittest.main()
