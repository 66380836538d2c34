# SPDX-License-Identifier: GPL-2.0-only
#
# cocci/engine/clex.py: tokens, the expression tuples, the questions.

import unittest

import gzunit
from engine.clex import (gz_callee, gz_is_const, gz_is_zero, gz_parse,
			 gz_same_expr, gz_tokens, gz_words)


class Lexer(unittest.TestCase):
	def test_tokens_skip_comments_and_keep_operators(self):
		self.assertEqual(
			gz_tokens("a->b /* x */ <<= 0x1fUL // y\n + 'c' \"s\\\"t\""),
			["a", "->", "b", "<<=", "0x1fUL", "+", "'c'", '"s\\"t"'])

	def test_tokens_after_comments(self):
		self.assertEqual(gz_tokens("  /* a */ // b\n x"), ["x"])
		self.assertEqual(gz_tokens(" \t\n"), [])


class Parser(unittest.TestCase):
	def test_precedence_and_calls(self):
		self.assertEqual(
			gz_parse("f(a, b) + c * 2"),
			("bin", "+", ("call", ("id", "f"), [("id", "a"), ("id", "b")]),
			 ("bin", "*", ("id", "c"), ("num", "2"))))

	def test_cast_member_and_address(self):
		self.assertEqual(
			gz_parse("(struct page *)&folio->page"),
			("cast", "struct page *",
			 ("un", "&", ("member", ("id", "folio"), "page", True))))

	def test_parenthesised_name_is_no_cast(self):
		self.assertEqual(gz_parse("(a) - b"),
				 ("bin", "-", ("id", "a"), ("id", "b")))

	def test_assignment_and_conditional(self):
		e = gz_parse("x = c ? a : b")
		self.assertEqual(e[0], "asg")
		self.assertEqual(e[3], ("cond", ("id", "c"), ("id", "a"),
					("id", "b")))


class Questions(unittest.TestCase):
	def test_callee_strips_the_suffix(self):
		self.assertIn("_noprof", gzunit.tables.GZ_SUFFIXES)
		self.assertEqual(gz_callee(gz_parse("alloc_pages_noprof(g, 0)")),
				 "alloc_pages")
		self.assertIsNone(gz_callee(gz_parse("ops->alloc(g)")))

	def test_zero_and_constants(self):
		self.assertTrue(gz_is_zero(gz_parse("(void *)0UL")))
		self.assertTrue(gz_is_zero(gz_parse("NULL")))
		self.assertFalse(gz_is_zero(gz_parse("0x10")))
		self.assertTrue(gz_is_const(gz_parse("PAGE_SIZE << 2")))
		self.assertFalse(gz_is_const(gz_parse("addr & PAGE_MASK")))

	def test_same_expression_through_casts(self):
		self.assertTrue(gz_same_expr(gz_parse("(unsigned long)addr"),
					     gz_parse("addr")))
		self.assertFalse(gz_same_expr(gz_parse("addr"), gz_parse("vaddr")))

	def test_words(self):
		self.assertEqual(gz_words(gz_parse("gfp | __GFP_ZERO"), set()),
				 {"gfp", "__GFP_ZERO"})


if __name__ == "__main__":
	unittest.main()
