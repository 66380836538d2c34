#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Generate kernel-shaped C functions for gfpzero, each with its verdict.

Every function allocates one page or folio through a catalogue allocator
of one API era (include/gfpzero_catalogue.h, the fixtures
tests/cases/kernel-<era>.h) and does with it what kernel code does: NULL
checks in every form the kernel writes them, error paths that release
the page and leave (return or goto), guards of either polarity, other
conditions, loops, copies and casts, field stores, mappings, publishing
calls, static callees and wrappers, local macros.  The generator knows
what it built: whether the zeroing covers every path that uses the page,
whether the page was published first, whether the allocator sees a user
address, and so the findings docs/checks.md implies.  Each file ends
with those findings in the corpus' form (tests/cases/README), so a file
that fails can be reduced into a case.

The same seed gives the same files.

Usage: fuzz/gen.py [--seed S] [--files N] [--functions N] [--era ERA] DIR
"""

import argparse
import os
import random
import sys

ERAS = ("6.1", "6.12", "next")

# Features whose handling the control-flow rework on main is changing
# (conditions through __builtin_expect, short-circuit conditions,
# noreturn paths, release-then-leave paths, publishing across calls,
# guards kept in a variable, conditions after a retry loop).  A failure
# of a function with one of them is reported with its name.
MAIN_AREA = ("expect", "shortcircuit", "noreturn", "release-leave",
	     "publish-callee", "guard-var", "loop-retry")


class Alloc:
	"""A catalogue allocator as one era spells its call."""

	def __init__(self, name, kind, obj, args, gfp=True):
		self.name = name
		self.kind = kind	# USER, ZEROED, SERIES, NOADDR, POOL
		self.obj = obj		# "folio" or "page"
		self.args = args	# format: {gfp}, {addr}, {uaddr}
		self.gfp = gfp and "{gfp}" in args


ALLOCS = {
	"6.1": [
		Alloc("alloc_page_vma", "USER", "page", "{gfp}, vma, {addr}"),
		Alloc("alloc_pages_vma", "USER", "page",
		      "{gfp}, 0, vma, {addr}, false"),
		Alloc("vma_alloc_folio", "USER", "folio",
		      "{gfp}, 0, vma, {addr}, false"),
		Alloc("alloc_zeroed_user_highpage_movable", "ZEROED", "page",
		      "vma, {addr}"),
		Alloc("alloc_huge_page", "POOL", "page", "vma, {addr}, 0"),
		Alloc("alloc_pages", "NOADDR", "page", "{gfp}, 0"),
		Alloc("alloc_page", "NOADDR", "page", "{gfp}"),
	],
	"6.12": [
		Alloc("vma_alloc_folio", "USER", "folio",
		      "{gfp}, 0, vma, {addr}, false"),
		Alloc("vma_alloc_zeroed_movable_folio", "ZEROED", "folio",
		      "vma, {addr}"),
		Alloc("alloc_hugetlb_folio", "POOL", "folio", "vma, {addr}, 0"),
		Alloc("alloc_hugetlb_folio_reserve", "POOL", "folio",
		      "ctx->h, nid, NULL, {gfp}", gfp=False),
		Alloc("__folio_alloc", "NOADDR", "folio", "{gfp}, 0, nid, NULL"),
		Alloc("folio_alloc", "NOADDR", "folio", "{gfp}, 0"),
		Alloc("folio_alloc_mpol", "NOADDR", "folio",
		      "{gfp}, 0, NULL, 0, nid"),
		Alloc("filemap_alloc_folio", "NOADDR", "folio", "{gfp}, 0"),
		Alloc("alloc_pages", "NOADDR", "page", "{gfp}, 0"),
		Alloc("alloc_page", "NOADDR", "page", "{gfp}"),
	],
	"next": [
		Alloc("vma_alloc_folio", "USER", "folio", "{gfp}, 0, vma, {addr}"),
		Alloc("vma_alloc_anon_folio_pmd", "ZEROED", "folio",
		      "vma, {addr}"),
		Alloc("vma_alloc_zeroed_movable_folio", "ZEROED", "folio",
		      "vma, {addr}"),
		Alloc("__alloc_pages", "SERIES", "page",
		      "{gfp}, 0, nid, NULL, {uaddr}"),
		Alloc("__folio_alloc", "SERIES", "folio",
		      "{gfp}, 0, nid, NULL, {uaddr}"),
		Alloc("folio_alloc_mpol", "SERIES", "folio",
		      "{gfp}, 0, NULL, 0, nid, {uaddr}"),
		Alloc("alloc_pages", "NOADDR", "page", "{gfp}, 0"),
		Alloc("folio_alloc", "NOADDR", "folio", "{gfp}, 0"),
	],
}

KIND_WEIGHT = {"USER": 6, "ZEROED": 2, "SERIES": 3, "NOADDR": 3, "POOL": 1}

GFP_BASES = {
	"6.1": ["GFP_HIGHUSER_MOVABLE", "GFP_HIGHUSER", "GFP_TRANSHUGE",
		"GFP_KERNEL"],
	"6.12": ["GFP_HIGHUSER_MOVABLE", "GFP_HIGHUSER", "GFP_KERNEL",
		 "vma_thp_gfp_mask(vma)"],
	"next": ["GFP_HIGHUSER_MOVABLE", "GFP_TRANSHUGE", "GFP_KERNEL",
		 "vma_thp_gfp_mask(vma)"],
}

# What each era's fixture lacks, declared by the generated file itself.
PREAMBLE_DECLS = {
	"6.1": ["bool user_alloc_needs_zeroing(void);"],
	"6.12": ["bool alloc_need_zeroing(void);", "bool alloc_zeroed(void);"],
	"next": ["void folio_zero_range(struct folio *folio, unsigned long start,",
		 "\t\t      unsigned long length);",
		 "void zero_user_segments(struct page *page, unsigned int start1,",
		 "\t\t\tunsigned int end1, unsigned int start2,",
		 "\t\t\tunsigned int end2);"],
}

GUARDS = {
	"6.1": [("user_alloc_needs_zeroing", 1)],
	"6.12": [("user_alloc_needs_zeroing", 1), ("alloc_need_zeroing", 1),
		 ("alloc_zeroed", 0)],
	"next": [("user_alloc_needs_zeroing", 1), ("alloc_need_zeroing", 1),
		 ("alloc_zeroed", 0)],
}


class Zeroing:
	"""A catalogue zeroing spelling, and what it needs."""

	def __init__(self, name, obj, eras, full=True, addr=False, tmpl=None):
		self.name = name
		self.obj = obj		# "folio", "page" or "kaddr"
		self.eras = eras
		self.full = full
		self.addr = addr	# takes the user address
		self.tmpl = tmpl	# {o}: object, {a}: address, {p}: page


ZEROINGS = [
	Zeroing("folio_zero_user", "folio", ("6.12", "next"), addr=True,
		tmpl="folio_zero_user({o}, {a})"),
	Zeroing("clear_huge_page", "page", ("6.1",), addr=True,
		tmpl="clear_huge_page({o}, {a}, HPAGE_PMD_NR)"),
	Zeroing("clear_user_highpage", "page", ERAS, addr=True,
		tmpl="clear_user_highpage({o}, {a})"),
	Zeroing("clear_highpage", "page", ERAS, tmpl="clear_highpage({o})"),
	Zeroing("clear_user_page", "kaddr", ERAS, addr=True,
		tmpl="clear_user_page({o}, {a}, {p})"),
	Zeroing("clear_page", "kaddr", ERAS, tmpl="clear_page({o})"),
	Zeroing("memset", "kaddr", ERAS, tmpl="memset({o}, 0, PAGE_SIZE)"),
	Zeroing("memset", "kaddr", ("6.12",), tmpl="memset({o}, 0, folio_size({f}))"),
	# partial
	Zeroing("folio_zero_range", "folio", ("6.12", "next"), full=False,
		tmpl="folio_zero_range({o}, 0, PAGE_SIZE / 2)"),
	Zeroing("zero_user_segment", "page", ("6.1", "6.12"), full=False,
		tmpl="zero_user_segment({o}, 0, PAGE_SIZE / 2)"),
	Zeroing("zero_user_segments", "page", ERAS, full=False,
		tmpl="zero_user_segments({o}, 0, 64, 128, 256)"),
	Zeroing("memset", "kaddr", ERAS, full=False, tmpl="memset({o}, 0, 64)"),
]

ZERO_WEIGHT = {"folio_zero_user": 6, "clear_user_highpage": 5,
	       "clear_huge_page": 3, "clear_highpage": 2, "clear_user_page": 2,
	       "clear_page": 2, "memset": 2}

# Every form GCC and the kernel's macros give a NULL check; the plainest
# more often, as in the kernel.
NULL_NEG = [("!{v}", ())] * 3 + [("{v} == NULL", ())] * 2 + [
	    ("NULL == {v}", ()), ("unlikely(!{v})", ("expect",)),
	    ("unlikely({v} == NULL)", ("expect",))]
NULL_POS = [("{v}", ())] * 3 + [("{v} != NULL", ()), ("NULL != {v}", ()),
	    ("likely({v})", ("expect",)), ("!!{v}", ())]


def guard_test(rng, pred, zero_when, right):
	"""A test of PRED that is true when zeroing is needed (RIGHT), or
	its wrong-polarity twin; and its features."""
	call = pred + "()"
	if zero_when == 1:
		forms = [(call, ()), ("!!" + call, ()), (call + " != 0", ()),
			 ("likely(%s)" % call, ("expect",)),
			 ("unlikely(%s)" % call, ("expect",))]
		wrong = [("!" + call, ()), (call + " == 0", ())]
	else:
		forms = [("!" + call, ()), (call + " == 0", ()),
			 ("unlikely(!%s)" % call, ("expect",))]
		wrong = [(call, ()), (call + " != 0", ())]
	return rng.choice(forms if right else wrong)


def negate(test):
	"""The test for the other branch, as the kernel would write it."""
	if test.startswith("!") and not test.startswith("!!") and \
	   "&&" not in test and "||" not in test and " " not in test:
		return test[1:]
	if test.endswith(" == 0"):
		return test[:-5]
	if test.endswith(" != 0"):
		return test[:-5] + " == 0"
	return "!(%s)" % test if " " in test else "!" + test


class Unit:
	"""One generated function, its helpers, and what they imply."""

	def __init__(self, rng, era, uid):
		self.rng = rng
		self.era = era
		self.uid = uid
		self.name = "fz%s" % uid
		self.features = set()
		self.before = []	# helper blocks before the function
		self.after = []		# helper blocks after it
		self.protos = []	# prototypes of those after
		self.globals = []
		self.decls = []		# local declarations of the function
		self.body = []		# (indent, text, tag)
		self.labels = []	# label blocks at the end
		self.tags = {}

	# ---- building ----------------------------------------------------

	def emit(self, indent, text, tag=None, where=None):
		(self.body if where is None else where).append((indent, text, tag))

	def decl(self, text):
		if text not in self.decls:
			self.decls.append(text)

	def feature(self, *names):
		self.features.update(n for n in names if n)

	def pick_alloc(self):
		es = ALLOCS[self.era]
		return self.rng.choices(es, [KIND_WEIGHT[e.kind] for e in es])[0]


def weighted(rng, table):
	items = list(table)
	return rng.choices([i[0] for i in items], [i[1] for i in items])[0]


class Builder:
	"""Chooses a construction for a Unit and writes it."""

	def __init__(self, rng, era, uid):
		self.u = Unit(rng, era, uid)
		self.rng = rng
		self.era = era
		self.s = {}		# the construction, for the verdict

	def chance(self, p):
		return self.rng.random() < p

	# ---- expressions of the object ---------------------------------

	def obj_type(self, obj):
		return "struct folio *" if obj == "folio" else "struct page *"

	def as_obj(self, want, need_plain=False):
		"""An expression of type WANT ("folio", "page") for the
		allocation's object, through copies, casts and the identity
		helpers; a prelude of statements may be emitted first."""
		u, rng, v, have = self.u, self.rng, self.s["var"], self.s["obj"]
		if self.s.get("alias") and not need_plain and v != "p":
			v = self.s["alias"]
		if have == want:
			if need_plain or v == "p" or v == self.s.get("alias"):
				return v
			if self.s.get("route") == "cast":
				u.feature("cast")
				return "(%s)(unsigned long)%s" % (self.obj_type(want).strip(), v)
			return v
		if want == "page":
			if rng.random() < 0.6:
				return "&%s->page" % v
			return "folio_page(%s, 0)" % v
		u.feature("page-folio")
		return "page_folio(%s)" % v

	def prepare_alias(self, ind):
		"""A copy of the pointer, made before the zeroing's region."""
		s, u = self.s, self.u
		if s.get("route") != "alias" or s["callee"] or s["zero"] is None:
			return
		alias = "%s2" % s["var"]
		u.decl("%s%s;" % (self.obj_type(s["obj"]), alias))
		u.emit(ind, "%s = %s;" % (alias, s["var"]))
		u.feature("alias")
		s["alias"] = alias

	# ---- the pieces --------------------------------------------------

	def signature(self):
		ret = self.s["ret"]
		rtype = {"obj": self.obj_type(self.s["obj"]), "fault": "vm_fault_t ",
			 "int": "int "}[ret]
		static = "static " if self.s.get("static_fn") else ""
		return "%s%s%s(struct vm_fault *vmf, struct vm_area_struct *vma,\n" \
		       "\tunsigned long addr, int flags, int nid, struct fz_ctx *ctx)" % (
			       static, rtype, self.u.name)

	def fail_value(self):
		return {"obj": "NULL", "fault": "VM_FAULT_OOM", "int": "-ENOMEM"}[self.s["ret"]]

	def ok_value(self):
		return {"obj": self.s["var"], "fault": "0", "int": "0"}[self.s["ret"]]

	def gfp_text(self, a):
		rng, u = self.rng, self.u
		if not a.gfp:
			return None
		base = rng.choice(GFP_BASES[self.era])
		zero = self.s["gfp_zero"]
		if self.chance(0.25) and not self.s["wrapper"]:
			u.decl("gfp_t gfp;")
			u.emit(1, "gfp = %s%s;" % (base, " | __GFP_ZERO" if zero else ""))
			u.feature("gfp-var")
			return "gfp"
		if self.chance(0.1):
			u.feature("local-macro")
			u.globals.append("#define FZ_GFP_%s\t%s" % (u.uid, base))
			base = "FZ_GFP_%s" % u.uid
		return base + (" | __GFP_ZERO" if zero else "")

	def alloc_call(self, a):
		"""The allocation expression (the allocator or a wrapper)."""
		u = self.u
		addr_alloc = self.s["addr"]
		if a.kind in ("USER", "ZEROED", "POOL") and self.chance(0.1) and \
		   self.s["zero_addr_kind"] == "same":
			addr_alloc = "%s & HPAGE_PMD_MASK" % self.s["addr"]
			u.feature("aligned-addr")
		if self.s.get("wrapper"):
			addr_alloc = addr_alloc.replace(self.s["addr"], "addr")
		uaddr = "USER_ADDR_NONE" if self.s.get("uaddr_none") else addr_alloc
		args = a.args.format(gfp=self.s.get("gfp_text") or "0", addr=addr_alloc,
				     uaddr=uaddr)
		call = "%s(%s)" % (a.name, args)
		if self.s.get("wrapper"):
			self.make_wrapper(call)
			return "fz_alloc_%s(vma, %s, nid, ctx)" % (u.uid, self.s["addr"])
		return call

	def make_wrapper(self, call):
		u = self.u
		t = self.obj_type(self.s["obj"])
		static = "static " if self.s["wrapper"] == "static" else ""
		head = "%s%sfz_alloc_%s(struct vm_area_struct *vma, unsigned long addr,\n" \
		       "\t\tint nid, struct fz_ctx *ctx)" % (static, t, u.uid)
		lines = [head, "{"]
		if self.chance(0.5):
			lines.append("\treturn %s;" % call)
		else:
			lines += ["\t%sp = %s;" % (t, call), "",
				  "\tif (!p)", "\t\treturn NULL;", "\treturn p;"]
		lines.append("}")
		self.helper(lines, head)
		u.feature("wrapper-" + self.s["wrapper"])

	def helper(self, lines, head):
		u = self.u
		if self.chance(0.3):
			u.protos.append(head + ";")
			u.after.append(lines)
			u.feature("helper-after")
		else:
			u.before.append(lines)

	def null_leave(self, indent):
		"""An early leave on allocation failure."""
		u, rng, v = self.u, self.rng, self.s["var"]
		if self.chance(0.08):
			u.globals.append("#define FZ_CHECK_%s(p)\tdo { if (!(p)) return %s; } while (0)"
					 % (u.uid, self.fail_value()))
			u.emit(indent, "FZ_CHECK_%s(%s);" % (u.uid, v))
			u.feature("local-macro", "null-macro")
			return
		form, feats = rng.choice(NULL_NEG)
		u.feature(*feats)
		u.feature("null-leave")
		u.emit(indent, "if (%s)%s" % (form.format(v=v), self.leave_block(indent, "fail")))
		self.leave_tail(indent)

	def leave_block(self, indent, what):
		"""The text after "if (...)" that leaves the function."""
		rng = self.rng
		r = rng.random()
		if r < 0.25:
			self.s.setdefault("labels", set()).add("out")
			self.pending = ["goto out;"]
		elif r < 0.4:
			self.pending = ["ctx->count++;", "return %s;" % self.fail_value()]
		else:
			self.pending = ["return %s;" % self.fail_value()]
		return " {" if len(self.pending) > 1 else ""

	def leave_tail(self, indent):
		u = self.u
		for t in self.pending:
			u.emit(indent + 1, t)
		if len(self.pending) > 1:
			u.emit(indent, "}")

	def release(self):
		v = self.s["var"]
		if self.s["obj"] == "folio":
			return "folio_put(%s);" % v
		if self.era == "next":
			return "put_page(%s);" % v
		return self.rng.choice(["put_page(%s);" % v, "__free_pages(%s, 0);" % v])

	def charge_folio(self):
		v = self.s["var"]
		return v if self.s["obj"] == "folio" else "page_folio(%s)" % v

	def error_path(self, indent):
		"""A charge failure that releases the page and leaves."""
		u, rng = self.u, self.rng
		test = "mem_cgroup_charge(%s, vma->vm_mm, GFP_KERNEL)" % self.charge_folio()
		r = rng.random()
		if r < 0.35:
			u.emit(indent, "if (%s)" % test)
			u.emit(indent + 1, "goto out_put;")
			self.s.setdefault("labels", set()).add("out_put")
			u.feature("error-goto")
		elif r < 0.6:
			u.emit(indent, "if (%s) {" % test)
			u.emit(indent + 1, self.release())
			u.emit(indent + 1, "ctx->count++;")
			u.emit(indent + 1, "return %s;" % self.fail_value())
			u.emit(indent, "}")
			u.feature("error-release", "release-leave")
		else:
			u.emit(indent, "if (%s) {" % test)
			u.emit(indent + 1, self.release())
			u.emit(indent + 1, "return %s;" % self.fail_value())
			u.emit(indent, "}")
			u.feature("error-release")

	def noreturn_check(self, indent):
		u, v = self.u, self.s["var"]
		page = v if self.s["obj"] == "page" else "&%s->page" % v
		if self.chance(0.5) and self.s["obj"] == "folio":
			u.emit(indent, "VM_BUG_ON_FOLIO(%s->_flags_1 & flags, %s);" % (v, v))
		else:
			u.emit(indent, "if (unlikely(flags & 0x80)) {")
			u.emit(indent + 1, "dump_page(%s, \"fz\");" % page)
			u.emit(indent + 1, "BUG();")
			u.emit(indent, "}")
		u.feature("noreturn", "expect")

	def publish(self, indent, tag=None):
		"""A call that maps the object to user space."""
		u, rng, era = self.u, self.rng, self.era
		addr = self.s["addr"]
		choices = ["pte", "insert"]
		if era == "6.1":
			choices.append("rmap61")
		else:
			choices += ["rmap", "range"]
		if era in ("6.1", "6.12"):
			choices.append("pmd")
		k = rng.choice(choices)
		if self.s.get("pub_callee") and self.chance(0.5):
			return self.publish_callee(indent, k)
		u.emit(indent, self.publish_text(k, addr), tag)

	def publish_text(self, k, addr, folio=None, page=None):
		folio = folio or self.as_obj("folio", need_plain=True)
		page = page or self.as_obj("page", need_plain=True)
		return {
			"pte": "set_pte_at(vma->vm_mm, %s, vmf->pte, mk_pte(%s, vma->vm_page_prot));" % (addr, page),
			"insert": "vm_insert_page(vma, %s, %s);" % (addr, page),
			"rmap61": "page_add_new_anon_rmap(%s, vma, %s);" % (page, addr),
			"rmap": "folio_add_new_anon_rmap(%s, vma, %s, RMAP_EXCLUSIVE);" % (folio, addr),
			"range": "set_pte_range(vmf, %s, %s, 1, %s);" % (folio, page, addr),
			"pmd": "set_pmd_at(vma->vm_mm, %s, vmf->pmd, mk_huge_pmd(%s, vma->vm_page_prot));" % (addr, page),
		}[k]

	def publish_callee(self, indent, k):
		"""Publishing through a static function of the same file."""
		u = self.u
		obj = self.s["obj"]
		t = self.obj_type(obj)
		head = "static void fz_map_%s(struct vm_fault *vmf, struct vm_area_struct *vma,\n" \
		       "\t\tunsigned long addr, %sp)" % (u.uid, t)
		if obj == "folio":
			text = self.publish_text(k, "addr", folio="p", page="&p->page")
		else:
			if k in ("rmap", "range"):
				k = "insert"
			text = self.publish_text(k, "addr", folio="page_folio(p)", page="p")
		if not self.s.get("pub_helper"):
			self.helper([head, "{", "\t" + text, "}"], head)
			self.s["pub_helper"] = True
		u.emit(indent, "fz_map_%s(vmf, vma, %s, %s);" % (u.uid, self.s["addr"], self.s["var"]))
		u.feature("publish-callee")

	def use(self, indent, kind):
		"""A use of the object that is not a zeroing."""
		u, v = self.u, self.s["var"]
		if kind == "mark":
			if self.era == "6.1":
				u.emit(indent, "__SetPageUptodate(%s);" % self.as_obj("page", need_plain=True))
			else:
				u.emit(indent, "__folio_mark_uptodate(%s);" % self.as_obj("folio", need_plain=True))
		elif kind == "store":
			u.emit(indent, "ctx->%s = %s;" % (self.s["obj"], v))
			u.feature("field-store")
		elif kind == "publish":
			self.publish(indent)

	# ---- the zeroing ------------------------------------------------

	def capture(self, fn):
		"""The lines FN emits, taken back out of the body."""
		n = len(self.u.body)
		fn()
		lines = self.u.body[n:]
		del self.u.body[n:]
		return lines

	def cond_block(self, indent, test, fn, brace=False):
		"""if (TEST) and what FN emits, braced when it is more than
		one statement."""
		u = self.u
		lines = self.capture(fn)
		brace = brace or len(lines) > 1
		u.emit(indent, "if (%s)%s" % (test, " {" if brace else ""))
		u.body.extend(lines)
		if brace:
			u.emit(indent, "}")

	def zero_stmts(self, z, obj_expr_fn, addr, indent, tag="zero"):
		"""Emit the zeroing Z; OBJ_EXPR_FN(want) gives the object."""
		u, rng = self.u, self.rng
		if z.obj in ("folio", "page"):
			o = obj_expr_fn(z.obj)
			u.emit(indent, z.tmpl.format(o=o, a=addr, f=obj_expr_fn("folio")
						     if "{f}" in z.tmpl else "", p="") + ";", tag)
			return
		# a kernel address: a mapping of the page or folio
		page = obj_expr_fn("page")
		maps = [("kmap_local_page(%s)" % page, "kunmap_local"),
			("page_address(%s)" % page, None)]
		if self.era == "6.1":
			maps.append(("kmap_atomic(%s)" % page, "kunmap_atomic"))
		else:
			maps.append(("folio_address(%s)" % obj_expr_fn("folio"), None))
			maps.append(("kmap_local_folio(%s, 0)" % obj_expr_fn("folio"), "kunmap_local"))
		m, unmap = rng.choice(maps)
		fol = obj_expr_fn("folio") if "{f}" in z.tmpl else ""
		if self.s["map_offset"]:
			inline = False
		else:
			inline = unmap is None and self.chance(0.4)
		if inline:
			u.emit(indent, z.tmpl.format(o=m, a=addr, p=page, f=fol) + ";", tag)
			u.feature("map-inline")
			return
		kaddr = "kaddr"
		if self.chance(0.3) and indent == 1:
			u.emit(indent, "{")
			u.emit(indent + 1, "void *%s = %s;" % (kaddr, m))
			inner = indent + 1
			u.feature("map-block")
		else:
			u.decl("void *%s;" % kaddr)
			u.emit(indent, "%s = %s;" % (kaddr, m))
			inner = indent
		o = kaddr
		if self.s["map_offset"]:
			o = "(char *)%s + 64" % kaddr
		u.emit(inner, z.tmpl.format(o=o, a=addr, p=page, f=fol) + ";", tag)
		if unmap:
			u.emit(inner, "%s(%s);" % (unmap, kaddr))
		if inner != indent:
			u.emit(indent, "}")
		u.feature("map")

	def pick_zero(self):
		rng = self.rng
		cands = [z for z in ZEROINGS if self.era in z.eras]
		full = [z for z in cands if z.full]
		if self.chance(0.1):
			return rng.choice([z for z in cands if not z.full])
		return rng.choices(full, [ZERO_WEIGHT.get(z.name, 1) for z in full])[0]

	def zero_addr(self):
		k = self.s["zero_addr_kind"]
		if k == "const":
			return "0"
		return self.s["addr"]

	def zeroing(self, indent):
		"""The zeroing, here or in a static callee."""
		z = self.s["zero"]
		if self.s["callee"]:
			return self.zero_callee(indent)
		self.zero_stmts(z, self.as_obj, self.zero_addr(), indent)

	def zero_callee(self, indent):
		u, rng = self.u, self.rng
		z = self.s["zero"]
		kind = self.s["callee"]
		obj = self.s["obj"]
		t = self.obj_type(obj)
		static = "" if kind == "extern" else "static "
		head = "%svoid fz_zero_%s(%sp, unsigned long addr, int flags)" % (
			static, u.uid, t)
		saved = self.u.body
		self.u.body = []
		inner_decls = self.u.decls
		self.u.decls = []
		sv = self.s["var"]
		self.s["var"] = "p"

		def ref(want):
			if want == obj:
				return "p"
			return "&p->page" if want == "page" else "page_folio(p)"
		addr = "0" if self.s["zero_addr_kind"] == "const" else "addr"
		test = None
		if self.s["callee_guard"]:
			pred, zw = self.s["callee_guard"]
			test, feats = guard_test(rng, pred, zw, True)
			u.feature(*feats)
		elif self.s["callee_cond"]:
			test = "flags & 2"
		if test:
			self.cond_block(1, test, lambda: self.zero_stmts(z, ref, addr, 2))
		else:
			self.zero_stmts(z, ref, addr, 1)
		if self.s["callee_cond"]:
			self.use(1, "mark")
		body = [(i, t_, tag) for i, t_, tag in self.u.body]
		decls = self.u.decls
		self.u.body = saved
		self.u.decls = inner_decls
		self.s["var"] = sv
		lines = [head, "{"] + ["\t" + d for d in decls]
		if decls:
			lines.append("")
		for i, text, tag in body:
			lines.append(("\t" * i + text, tag) if tag else "\t" * i + text)
		lines.append("}")
		if kind == "taken":
			u.globals.append(("void (*fz_fp_%s)(%sp, unsigned long addr, int flags)" % (u.uid, t),
					  "= fz_zero_%s" % u.uid))
		if kind == "shared":
			other = ["void fz_other_%s(%sp, unsigned long addr)" % (u.uid, t),
				 "{", "\tfz_zero_%s(p, addr, 0);" % u.uid, "}"]
			u.after.append(other)
			u.protos.append(other[0] + ";")
		self.helper(lines, head)
		u.emit(indent, "fz_zero_%s(%s, %s, flags);" % (u.uid, self.s["var"], self.s["addr"]))
		u.feature("callee-" + kind)

	# ---- the function ------------------------------------------------

	def choose(self):
		rng, s, era = self.rng, self.s, self.era
		a = self.u.pick_alloc()
		s["alloc"] = a
		s["obj"] = a.obj
		s["var"] = a.obj
		s["addr"] = rng.choice(["addr", "addr", "vmf->address"])
		s["gfp_zero"] = a.gfp and self.chance(0.3)
		s["uaddr_none"] = a.kind == "SERIES" and self.chance(0.4)
		s["wrapper"] = None
		if self.chance(0.1) and not s["uaddr_none"]:
			s["wrapper"] = rng.choice(["static", "static", "extern"])
		s["ret"] = rng.choice(["obj", "obj", "fault", "int"])
		s["zero"] = None if self.chance(0.1) else self.pick_zero()
		z = s["zero"]
		s["zero_addr_kind"] = "same"
		if z is not None and z.addr and self.chance(0.08):
			s["zero_addr_kind"] = "const"
		s["map_offset"] = z is not None and z.obj == "kaddr" and z.full and \
			self.chance(0.05)
		s["partial_sub"] = False
		s["callee"] = None
		if z is not None and self.chance(0.2):
			s["callee"] = weighted(rng, [("static", 6), ("extern", 1),
						     ("taken", 1), ("shared", 1)])
		s["callee_guard"] = None
		s["callee_cond"] = False
		if s["callee"] and self.chance(0.3):
			s["callee_guard"] = rng.choice(GUARDS[era])
		elif s["callee"] and self.chance(0.15):
			s["callee_cond"] = True
		s["loop"] = weighted(rng, [(None, 8), ("retry", 1), ("inloop", 1)])
		s["null"] = weighted(rng, [("leave", 6), ("enclose", 3), (None, 1)])
		if s["loop"] == "inloop":
			s["null"] = "enclose"
		s["errpath"] = self.chance(0.3)
		s["noreturn"] = self.chance(0.08)
		s["pub_callee"] = self.chance(0.1)
		s["pub_before"] = z is not None and self.chance(0.1)
		s["guard"] = None
		s["cond"] = None
		if z is not None:
			r = rng.random()
			if r < 0.3:
				pred, zw = rng.choice(GUARDS[era])
				s["guard"] = dict(pred=pred, zw=zw, right=self.chance(0.8),
						  shape=weighted(rng, [("if", 5), ("leave", 2),
								       ("var", 1), ("and-null", 2)]))
			elif r < 0.45:
				expr = rng.choice(["flags & 1", "vmf->flags & 4",
						   "ctx->count > 2", "fz_want_zero(vma)"])
				if self.chance(0.15):
					# long, over many lines: the text of a
					# condition has no length limit
					pad = " &&\n\t    vma->vm_start != %d"
					expr += "".join(pad % k for k in
							range(rng.choice([3, 20, 40, 120])))
					self.u.feature("long-cond")
				s["cond"] = dict(expr=expr, els=self.chance(0.3))
		s["mixed"] = z is not None and self.chance(0.05)
		s["route"] = weighted(rng, [("direct", 8), ("alias", 1), ("cast", 1)])
		if s["loop"] == "inloop":
			s["guard"] = s["guard"] if s["guard"] and s["guard"]["shape"] == "if" else None
			s["mixed"] = False
		# after the zeroing the page is used, or released
		tails = ["return", "publish", "mark", "store", "release"]
		s["tail"] = rng.sample(tails, rng.choice([1, 1, 2]))
		if "release" in s["tail"]:
			s["tail"] = ["release"]
		if "return" in s["tail"] and s["ret"] != "obj":
			s["tail"].remove("return")
		if not s["tail"] or (z is None and s["tail"] == ["release"]):
			s["tail"] = ["publish"]

	def write(self):
		s, u = self.s, self.u
		a = s["alloc"]
		v = s["var"]
		u.decl("%s%s;" % (self.obj_type(s["obj"]), v))
		s["gfp_text"] = self.gfp_text(a)
		call = self.alloc_call(a)
		body_indent = 1
		if s["loop"] == "retry":
			u.decl("int i;")
			u.emit(1, "%s = NULL;" % v)
			u.emit(1, "for (i = 0; i < nid; i++) {")
			u.emit(2, "%s = %s;" % (v, call), "alloc")
			u.emit(2, "if (%s)" % v)
			u.emit(3, "break;")
			u.emit(1, "}")
			u.feature("loop-retry")
		elif s["loop"] == "inloop":
			u.decl("int i;")
			u.emit(1, "for (i = 0; i < nid; i++) {")
			u.emit(2, "%s = %s;" % (v, call), "alloc")
			form, feats = self.rng.choice(NULL_POS)
			u.feature(*feats)
			u.emit(2, "if (%s) {" % form.format(v=v))
			body_indent = 3
			u.feature("loop-in")
		else:
			if self.chance(0.15) and len(call) < 40 and \
			   s["gfp_text"] != "gfp":
				u.decls.remove("%s%s;" % (self.obj_type(s["obj"]), v))
				u.decl("%s%s = %s;" % (self.obj_type(s["obj"]), v, call))
				u.tags["alloc"] = ("decl", len(u.decls) - 1)
				u.feature("alloc-init")
			else:
				text = "%s = %s;" % (v, call)
				if self.chance(0.15) and ", " in call:
					# kernel continuation: the name's line is the
					# allocation's
					head, tail = text.rsplit(", ", 1)
					u.emit(1, head + ",", "alloc")
					u.emit(3, tail)
					u.feature("alloc-multiline")
				else:
					u.emit(1, text, "alloc")
		ind = body_indent
		if s["mixed"]:
			u.emit(ind, "if (!%s)" % v)
			u.emit(ind + 1, "%s = ctx->%s;" % (v, s["obj"]))
			u.feature("mixed")
		enclose = False
		if s["null"] == "leave" and s["loop"] != "inloop":
			self.null_leave(ind)
		elif s["null"] == "enclose" and s["loop"] != "inloop":
			enclose = True
		if enclose:
			s["errpath"] = s["noreturn"] = s["pub_before"] = False
		else:
			if s["errpath"]:
				self.error_path(ind)
			if s["noreturn"]:
				self.noreturn_check(ind)
			if s["pub_before"]:
				self.publish(ind)
				u.feature("publish-before")
		self.prepare_alias(ind)
		self.zero_region(ind, enclose)
		self.tail(ind)
		if s["loop"] == "inloop":
			u.emit(2, "}")
			u.emit(1, "}")
			u.emit(1, "return %s;" % self.fail_value())
		self.finish()

	def zero_region(self, ind, enclose):
		"""The zeroing under its NULL check, guard or condition."""
		s, u, rng = self.s, self.u, self.rng
		v = s["var"]
		z = s["zero"]
		if z is None:
			if enclose:
				form, feats = rng.choice(NULL_POS)
				u.feature(*feats)
				u.emit(ind, "if (%s)" % form.format(v=v))
				self.use(ind + 1, "mark")
			return
		g, c = s["guard"], s["cond"]
		tests = []
		if enclose:
			form, feats = rng.choice(NULL_POS)
			u.feature(*feats)
			tests.append(form.format(v=v))
		if g is not None:
			test, feats = guard_test(rng, g["pred"], g["zw"], g["right"])
			u.feature(*feats)
			u.feature("guard" if g["right"] else "guard-wrong")
			if g["shape"] == "leave" and not enclose:
				s["guard_leave"] = True
				u.emit(ind, "if (%s)" % negate(test))
				u.emit(ind + 1, "return %s;" % self.ok_value())
				u.feature("guard-leave")
				self.s["tail"] = [t for t in s["tail"] if t != "release"] or ["mark"]
				if s["ret"] == "obj":
					s["leave_uses"] = True
			elif g["shape"] == "var" and not enclose:
				u.decl("bool need;")
				u.emit(ind, "need = %s;" % test)
				tests.append("need")
				u.feature("guard-var")
			elif g["shape"] == "and-null" and not enclose and s["null"] != "leave":
				tests.append(v)
				tests.append(test)
				u.feature("shortcircuit")
			else:
				tests.append(test)
		if c is not None:
			tests.append(c["expr"])
			u.feature("cond")
			if "(" in c["expr"]:
				u.feature("cond-call")
		if len(tests) > 2 or (len(tests) == 2 and not enclose):
			u.feature("shortcircuit")
		if not tests:
			self.zeroing(ind)
			return
		brace = self.chance(0.3) or (c is not None and c["els"])
		self.cond_block(ind, " && ".join(tests),
				lambda: self.zeroing(ind + 1), brace)
		if c is not None and c["els"]:
			u.body[-1] = (ind, "} else {", None)
			self.use(ind + 1, "mark")
			u.emit(ind, "}")
			s["else_use"] = True

	def tail(self, ind):
		s, u = self.s, self.u
		for t in s["tail"]:
			if t in ("publish", "mark", "store"):
				self.use(ind, t)
		if s["loop"] == "inloop":
			if "release" in s["tail"]:
				u.emit(ind, self.release())
				u.emit(ind, "return %s;" % self.fail_value())
			elif "return" in s["tail"]:
				u.emit(ind, "return %s;" % s["var"])
			else:
				u.emit(ind, "return %s;" % ("0" if s["ret"] != "obj" else "NULL"))
			return
		if "release" in s["tail"]:
			u.emit(ind, self.release())
			u.emit(ind, "return %s;" % self.fail_value())
		elif "return" in s["tail"]:
			u.emit(ind, "return %s;" % s["var"])
		else:
			u.emit(ind, "return %s;" % ("0" if s["ret"] != "obj" else "NULL"))

	def finish(self):
		s, u = self.s, self.u
		labels = s.get("labels", set())
		if "out_put" in labels:
			u.labels.append((0, "out_put:", None))
			u.labels.append((1, self.release(), None))
			if "out" not in labels:
				u.labels.append((1, "return %s;" % self.fail_value(), None))
		if "out" in labels:
			u.labels.append((0, "out:", None))
			u.labels.append((1, "return %s;" % self.fail_value(), None))

	# ---- the verdict ---------------------------------------------------

	def verdict(self):
		"""The findings the construction implies (docs/checks.md):
		[(zero tag, check, reason, alloc tag)]."""
		s = self.s
		a = s["alloc"]
		z = s["zero"]
		kind = a.kind
		gfp_zero = s["gfp_zero"]
		tail_uses = any(t in ("return", "publish", "mark", "store")
				for t in s["tail"])
		published = s["pub_before"] or "publish" in s["tail"]
		out = []
		noaddr = kind == "NOADDR" or (kind == "SERIES" and s["uaddr_none"])
		if noaddr and gfp_zero and published:
			out.append(("alloc", "zero-without-user-addr", None, "alloc"))
		if z is None:
			return out
		reason = None
		g = s["guard"]
		# docs/checks.md: conditional when a path from the allocation
		# uses the page and ends without the zeroing; it ends harmlessly
		# where the page is released (or NULL, or cannot return)
		skip_cond = s["cond"] is not None or (g is not None and not g["right"])
		pre_uses = s["errpath"] or s["pub_before"]	# passed on before
		if s.get("guard_leave"):
			# the path that skips the zeroing leaves at once
			path_uses = pre_uses or bool(s.get("leave_uses"))
			released = False
		else:
			path_uses = pre_uses or tail_uses or s.get("else_use")
			released = s["tail"] == ["release"]
		conditional = s["mixed"] or s["callee_cond"] or \
			(skip_cond and path_uses and not released)
		if kind == "NOADDR":
			if not z.addr and not published:
				return out
			reason = "no-user-address-parameter"
		elif s["zero_addr_kind"] == "const":
			reason = "not-a-user-address"
		elif kind == "POOL":
			reason = "pool-allocator"
		elif not z.full or s["map_offset"]:
			reason = "partial-zeroing"
		elif s["pub_before"]:
			reason = "zeroed-after-publish"
		elif conditional:
			reason = "conditional-zeroing"
		elif s["callee"] in ("extern", "taken", "shared"):
			reason = "shared-callee"
		if reason:
			out.append(("zero", "unconvertible-zeroing", reason, "alloc"))
		elif gfp_zero or kind == "ZEROED":
			out.append(("zero", "double-zeroing", None, "alloc"))
		elif (g is not None and g["right"]) or s["callee_guard"]:
			out.append(("zero", "manual-zeroing", None, "alloc"))
		else:
			out.append(("zero", "double-zeroing", None, "alloc"))
		return out


def build_unit(rng, era, uid):
	b = Builder(rng, era, uid)
	b.choose()
	b.write()
	b.u.expect = b.verdict()
	b.u.spec = b.s
	b.u.signature = b.signature()
	return b.u


# ---- a file ----------------------------------------------------------

def preamble(era):
	lines = ["#ifndef likely",
		 "#define likely(x)\t__builtin_expect(!!(x), 1)",
		 "#define unlikely(x)\t__builtin_expect(!!(x), 0)",
		 "#endif",
		 "void fz_bug(void) __attribute__((__noreturn__));",
		 "#define BUG()\tfz_bug()",
		 "void dump_page(struct page *page, const char *reason);",
		 "#define VM_BUG_ON_FOLIO(cond, folio)\t\t\t\t\t\\",
		 "\tdo {\t\t\t\t\t\t\t\t\\",
		 "\t\tif (unlikely(cond)) {\t\t\t\t\t\\",
		 "\t\t\tdump_page(&(folio)->page, \"VM_BUG_ON_FOLIO\");\t\\",
		 "\t\t\tBUG();\t\t\t\t\t\t\\",
		 "\t\t}\t\t\t\t\t\t\t\\",
		 "\t} while (0)",
		 "bool fz_want_zero(struct vm_area_struct *vma);",
		 "",
		 "struct fz_ctx {",
		 "\tstruct folio *folio;",
		 "\tstruct page *page;",
		 "\tstruct hstate *h;",
		 "\tint count;",
		 "};"]
	return lines + PREAMBLE_DECLS[era]


def render_file(units, era, title):
	"""The file's text and, per unit, its line span and findings."""
	out = ["// SPDX-License-Identifier: GPL-2.0-only",
	       "/* %s: generated by fuzz/gen.py */" % title,
	       '#include "kernel-%s.h"' % era, ""]
	out += preamble(era)
	out.append("")
	for u in units:
		for p in u.protos:
			out.extend(p.split("\n"))
	for u in units:
		for g in u.globals:
			if isinstance(g, tuple):
				continue
			out.append(g)
	out.append("")
	expect = []
	meta = []
	for u in units:
		start = len(out) + 1
		tagline = {}

		def put(block):
			for item in block:
				if isinstance(item, tuple):
					text, tag = item
					out.extend(text.split("\n"))
					tagline[tag] = len(out)
				else:
					out.extend(item.split("\n"))
			out.append("")
		for h in u.before:
			put(h)
		out.extend(u.signature.split("\n"))
		out.append("{")
		for i, d in enumerate(u.decls):
			out.append("\t" + d)
			if u.tags.get("alloc") == ("decl", i):
				tagline["alloc"] = len(out)
		if u.decls:
			out.append("")
		for indent, text, tag in u.body + u.labels:
			first, *rest = text.split("\n")
			out.append(("\t" * indent if not text.endswith(":") else "") + first)
			if tag:
				tagline[tag] = len(out)
			# continuation lines carry their own tab and spaces
			out.extend("\t" * (indent - 1) + r for r in rest)
		out.append("}")
		out.append("")
		for g in u.globals:
			if isinstance(g, tuple):
				out.append("%s %s;" % g)
				out.append("")
		for h in u.after:
			put(h)
		end = len(out)
		for zt, check, reason, at in u.expect:
			expect.append("%d %s%s alloc=%d" % (
				tagline[zt], check, " reason=" + reason if reason else "",
				tagline[at]))
		meta.append(dict(name=u.name, start=start, end=end,
				 alloc_line=tagline.get("alloc"),
				 features=sorted(u.features),
				 expect=[e for e in expect[len(expect) - len(u.expect):]]))
	out.append("/*")
	out.append(" * check-name: %s" % title)
	out.append(" * check-findings-start")
	for e in sorted(expect, key=lambda x: (int(x.split()[0]), x)):
		out.append(" * " + e)
	out.append(" * check-findings-end")
	out.append(" */")
	return "\n".join(out) + "\n", meta



def generate_file(seed, index, nfuncs, era=None, only=None):
	"""One file: (era, text, meta); with ONLY, just that function."""
	rng = random.Random("%s:%d" % (seed, index))
	era = era or rng.choice(ERAS)
	units = [build_unit(rng, era, "%d_%d" % (index, i)) for i in range(nfuncs)]
	title = "fuzz seed %s file %d (%s)" % (seed, index, era)
	if only is not None:
		units = [units[only]]
		title += " function %d" % only
	text, meta = render_file(units, era, title)
	return era, text, meta


def write_files(outdir, seed, nfiles, nfuncs, era=None, first=0, total=None):
	"""Write files first..first+nfiles-1 of SEED to OUTDIR, NFUNCS
	functions each, but no more than TOTAL in all files up to the last;
	their meta."""
	os.makedirs(outdir, exist_ok=True)
	metas = {}
	for k in range(first, first + nfiles):
		n = nfuncs if total is None else min(nfuncs, total - k * nfuncs)
		if n <= 0:
			break
		era_k, text, meta = generate_file(seed, k, n, era)
		path = os.path.join(outdir, "fz%s_%04d.c" % (seed, k))
		with open(path, "w") as fp:
			fp.write(text)
		metas[path] = dict(era=era_k, units=meta)
	return metas


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--seed", default="1")
	ap.add_argument("--files", type=int, default=1)
	ap.add_argument("--first", type=int, default=0)
	ap.add_argument("--functions", type=int, default=20)
	ap.add_argument("--era", choices=ERAS)
	ap.add_argument("--only", type=int, metavar="I",
			help="write file FIRST with its function I alone")
	ap.add_argument("dir")
	args = ap.parse_args()
	if args.only is not None:
		era, text, _ = generate_file(args.seed, args.first, args.functions,
					     args.era, args.only)
		path = os.path.join(args.dir, "fz%s_%04d_%d.c" % (
			args.seed, args.first, args.only))
		os.makedirs(args.dir, exist_ok=True)
		with open(path, "w") as fp:
			fp.write(text)
		print(path)
		return 0
	metas = write_files(args.dir, args.seed, args.files, args.functions,
			    args.era, args.first)
	for path in metas:
		print(path)
	return 0


if __name__ == "__main__":
	sys.exit(main())
