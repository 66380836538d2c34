# SPDX-License-Identifier: GPL-2.0-only
#
# fixit.py: the conversion of a convert finding as edits (plugin/fixit.c):
# | __GFP_ZERO on the gfp argument, the raw fault address, the user
# address for USER_ADDR_NONE, the zeroing removed with an if it leaves
# empty and what only served it (a mapping and its unmap, a copy of the
# page, an aligned address, declared with an initialiser that only
# computes or assigned); the plan of a file, which the patch rules
# of cocci/gfpzero.cocci carry out.

import re

from .clex import (GZ_LINE, gz_callee, gz_const_name, gz_same_expr,
	gz_tokens, gz_unparen, gz_words)
from .dataflow import gz_unique_def
from .flow import gz_all_calls
from .source import (gz_arg_extent, gz_arg_text, gz_count,
	gz_count_text, gz_init_decl, gz_next_char, gz_nows, gz_removal,
	gz_stmt_end, gz_subst_ident)
from .tables import (GZ_ALIGN, GZ_GUARD, GZ_MAP, GZ_NO_USER_ADDR, GZ_SAME,
	KADDR,
	ZEROED, gz_role, gz_strip_name)


def gz_remove_call(ff, fn, it, allow_if):
	# The removal of the statement call IT starts, keyed by what stays
	# the same while earlier rules rewrite the file: function, kind,
	# name and the text of its first line (unique in the function).
	end = gz_stmt_end(ff, it)
	kind = gz_removal(ff, it.start, end, allow_if) if end else None
	if kind is None or (kind != "stmt" and
			    (it.start[0], it.name) not in ff.probe.get(kind, ())):
		return None
	key = gz_nows(ff.line(it.start[0]))
	if len([n for n in fn.calls if n.item.name == it.name and
		gz_nows(ff.line(n.item.start[0])) == key]) != 1:
		return None
	return ("rm", fn.name, kind, it.name, key)


def gz_remove_asg(ff, fn, it, var):
	key = gz_nows(ff.line(it.start[0]))
	if ff.stmts.get(it.start) != it.end or \
	   len([a for a in fn.asgs.values() if a.lhs == ("id", var) and
		gz_nows(ff.line(a.start[0])) == key]) != 1:
		return None
	return ("rm", fn.name, "asg", var, key)


def gz_fix_declaration(ff, fn, var):
	ds = [d for d in ff.decls if d.fnkey == fn.key and d.name == var]
	if any(d.init for d in ds):
		return []		# removed with its initialiser
	if not ds:
		return []
	if len(ds) > 1:
		return None
	d = ds[0]
	s = ff.line(d.start[0])
	rest = s[d.end[1]:].lstrip()
	if not rest.startswith(";") or rest[1:].strip() or \
	   any(ch in ",;(" for ch in s[:d.start[1]]):
		return None		# "void *a, *b;": leave it
	if (fn.name, var) not in ff.probe.get("decl", ()):
		return None
	return [("decl", fn.name, var)]


def gz_fix_init_declaration(ff, fn, var):
	# The declaration of VAR with an initialiser that only computes
	# ("unsigned long haddr = vmf->address & HPAGE_PMD_MASK;"), once VAR
	# has no use: it goes, or None (plugin/fixit.c gz_fix_unused_var
	# with GZ_VAR_INIT; the calls it may make round an address).
	ds = [d for d in ff.decls if d.fnkey == fn.key and d.name == var]
	if len(ds) != 1 or not ds[0].init or \
	   gz_init_decl(ff, ds[0].start, var, lambda w: w in GZ_ALIGN) is None:
		return None
	if (fn.name, var) not in ff.probe.get("initdecl", ()):
		return None
	return [("decl", fn.name, var)]


def gz_fix_mapping(ff, fn, z, zit, ze):
	# The mapping of the zeroing, held in a variable used only by the
	# zeroing and the matching unmap: those statements go too.
	karg = zit.args[ze.obj]
	if karg[0] != "id":
		# mapped within the zeroing statement, maybe of a copy
		return gz_fix_alias(ff, fn, zit, ze.obj)
	var = karg[1]
	d = gz_unique_def(fn, z, var)
	if d is None or d.aop != "=" or d.rhs[0] != "call" or \
	   gz_role(d.rhs[1][1] if d.rhs[1][0] == "id" else "") != "map":
		return []
	edits = []
	unmaps = [n for n in fn.calls if gz_role(n.item.name) == "unmap" and
		  n.item.args and n.item.args[0] == ("id", var)]
	plain = [x for x in ff.decls if x.fnkey == fn.key and x.name == var and
		 not x.init]
	if gz_count(ff, fn, var) != 2 + len(unmaps) + len(plain):
		return None
	for u in unmaps:
		e = gz_remove_call(ff, fn, u.item, False)
		if e is None or e[2] != "stmt":
			return None
		edits.append(e)
	m = [c for c in gz_all_calls(d) if gz_role(c.name) == "map"]
	if not m:
		return None
	m = m[0]
	s = ff.line(m.start[0])
	col = len(s) - len(s.lstrip())
	if any(ch in ";(," for ch in s[col:m.start[1]]):
		return None
	e = gz_next_char(ff, d.end[0], d.end[1])
	if e is None or e[2] != ";" or \
	   gz_removal(ff, (m.start[0], col), (e[0], e[1] + 1), False) != "stmt":
		return None
	if d.decl:
		key = gz_nows(s)
		if (m.start[0], m.name) not in ff.probe.get("mapdecl", ()) or \
		   len([c for c in fn.calls if c.item.name == m.name and
			gz_nows(ff.line(c.item.start[0])) == key]) != 1:
			return None
		edits.append(("mapdecl", fn.name, m.name, key))
		edits.append(("rm", fn.name, "stmt", m.name,
			      gz_nows(s[m.start[1]:])))
	else:
		e = gz_remove_asg(ff, fn, d, var)
		if e is None:
			return None
		edits.append(e)
	e = gz_fix_declaration(ff, fn, var)
	if e is None:
		return None
	# the page the mapping was made of may be a copy made for it (and
	# for the zeroing, which goes too: clear_user_page(kaddr, a, page2))
	a = gz_fix_alias(ff, fn, m, GZ_MAP[gz_strip_name(m.name)].obj, (zit,))
	return None if a is None else edits + e + a


def gz_adjusted_from(t, raw):
	t = gz_unparen(t)
	if gz_same_expr(t, raw):
		return True
	if t[0] == "bin" and t[1] in ("+", "-"):
		return gz_adjusted_from(t[3], raw) or gz_adjusted_from(t[2], raw)
	return False


def gz_aligned_from(fn, n, a, raw):
	# Is A an aligned form (ALIGN_DOWN(x, ..), x & mask) of RAW?
	for _ in range(4):
		a = gz_unparen(a)
		if a[0] != "id":
			break
		d = gz_unique_def(fn, n, a[1])
		if d is None or d.aop != "=":
			return False
		a = d.rhs
		n = d.node
	if a[0] == "call" and gz_callee(a) in GZ_ALIGN and a[2]:
		return gz_adjusted_from(a[2][0], raw)
	if a[0] == "bin" and a[1] == "&":
		return gz_adjusted_from(a[2], raw) or gz_adjusted_from(a[3], raw)
	return False


def gz_fix_unused_addr(ff, fn, a):
	# The allocation loses its aligned-address argument A: if that was
	# the only use of the variable, its assignments and declaration go
	# too, an initialiser that only computes with it; None (keep the
	# aligned address) when one cannot, an initialiser that calls.
	if a[0] != "id":
		return []		# aligned within the argument itself
	var = a[1]
	# the assignments, and the declarations (an initialiser with them)
	defs = [it for it in fn.asgs.values() if it.lhs == ("id", var) and
		not it.decl]
	decls = [x for x in ff.decls if x.fnkey == fn.key and x.name == var]
	if gz_count(ff, fn, var) > len(defs) + 1 + len(decls):
		return []		# still used: keep it
	edits = []
	for d in defs:
		s = ff.line(d.start[0])
		e = gz_remove_asg(ff, fn, d, var)
		if not s.strip().startswith(var) or \
		   not s.rstrip().endswith(";") or e is None:
			return None
		edits.append(e)
	if any(x.init for x in decls):
		e = gz_fix_init_declaration(ff, fn, var)
	else:
		e = gz_fix_declaration(ff, fn, var)
	return None if e is None else edits + e


def gz_alias_var(e):
	# The variable an object expression comes through: x, (T)x,
	# &x->page, folio_page(x, 0), page_folio(x).
	for _ in range(8):
		e = gz_unparen(e)
		if e[0] == "id":
			return e[1]
		if e[0] == "un" and e[1] == "&" and gz_unparen(e[2])[0] == "member":
			e = gz_unparen(e[2])[1]
			continue
		name = gz_callee(e)
		ent = (GZ_SAME.get(name) or GZ_MAP.get(name)) if name is not None \
			else None
		if ent is None or not 0 <= ent.obj < len(e[2]):
			return None
		e = e[2][ent.obj]
	return None


def gz_plain(e):
	# No call in E but the identity helpers and the guard predicates.
	if isinstance(e, tuple) and e and e[0] == "call" and \
	   gz_callee(e) not in GZ_SAME and gz_callee(e) not in GZ_GUARD:
		return False
	return all(gz_plain(x) for x in (e[1:] if isinstance(e, tuple) else e)
		   if isinstance(x, (tuple, list)))


def gz_fix_cond_vars(ff, fn, zit):
	# The "if" removed with the zeroing may test a variable that held
	# nothing but a guard's answer ("need = user_alloc_needs_zeroing();
	# if (need)"): that variable goes too, or the build would warn it is
	# set but not used (plugin/fixit.c gz_fix_cond_vars).
	ifs = [it for _, it in ff.items if it.kind == "if" and zit in it.then]
	if len(ifs) != 1:
		return None
	ctext = ff.text(ifs[0].cext[0], ifs[0].cext[1])
	edits = []
	for var in sorted(gz_words(ifs[0].cond, set())):
		if var in GZ_GUARD or gz_const_name(var):
			continue
		defs = [it for it in fn.asgs.values() if it.lhs == ("id", var)]
		plain = [x for x in ff.decls if x.fnkey == fn.key and
			 x.name == var and not x.init]
		if not defs and not plain:
			continue	# not a local variable of FN
		if gz_count(ff, fn, var) > len(defs) + gz_count_text(ctext, var) + \
		   len(plain):
			continue	# still used: keep it
		e = gz_remove_var(ff, fn, var, defs)
		if e is None:
			return None
		edits.extend(e)
	return edits


def gz_remove_var(ff, fn, var, defs):
	# The edits that remove local variable VAR: its assignments DEFS,
	# each "VAR = <plain>;" on a line of its own, and its declaration;
	# None when one cannot go.
	edits = []
	for d in defs:
		s = ff.line(d.start[0])
		e = gz_remove_asg(ff, fn, d, var)
		if d.decl or d.aop != "=" or not gz_plain(d.rhs) or \
		   not s.strip().startswith(var) or \
		   not s.rstrip().endswith(";") or e is None:
			return None
		edits.append(e)
	e = gz_fix_declaration(ff, fn, var)
	return None if e is None else edits + e


def gz_fix_alias(ff, fn, zit, obj, also=()):
	# The object argument OBJ of call ZIT (the zeroing, or the mapping
	# that goes with it) may come through a variable of its own, a copy
	# of the page made for it ("page = &folio->page;"): once the call
	# (and the calls ALSO, which go with it) goes, that variable goes
	# too (plugin/fixit.c gz_fix_alias).
	if not 0 <= obj < len(zit.args):
		return []
	var = gz_alias_var(zit.args[obj])
	if var is None:
		return []
	defs = [it for it in fn.asgs.values() if it.lhs == ("id", var)]
	plain = [x for x in ff.decls if x.fnkey == fn.key and x.name == var and
		 not x.init]
	zuses = sum(gz_count_text(" ".join(c.argtext), var)
		    for c in (zit,) + tuple(also))
	if gz_count(ff, fn, var) > len(defs) + zuses + len(plain):
		return []		# still used: keep it
	return gz_remove_var(ff, fn, var, defs)


def gz_fix_callee_addr(ff, f):
	# The allocation got an aligned address and the callee zeroes with
	# the raw PARAM->FIELD the caller passed it: give it the raw one, and
	# remove the aligned address's variable if that leaves it unused
	# (gz_fix_unused_addr; the aligned address stays if it cannot go).
	# Its edits, or None.
	o = f.origin
	s = f.summary
	ae = o.entry
	acall = o.call
	c = f.call.item
	if s.addr_param is None or not 0 <= ae.addr < len(acall.args) or \
	   s.addr_param >= len(c.args):
		return None
	a0 = a = gz_unparen(acall.args[ae.addr])
	if a[0] == "id":
		d = gz_unique_def(o.fn, o.node, a[1])
		if d is None or d.aop != "=":
			return None
		a = gz_unparen(d.rhs)
	if a[0] != "bin" or a[1] != "&":
		return None
	for x in (gz_unparen(a[2]), gz_unparen(a[3])):
		if x[0] == "member" and x[3] and x[2] == s.addr_field and \
		   gz_same_expr(x[1], c.args[s.addr_param]):
			ztext = gz_arg_text(ff, s.item, s.addr_arg)
			ext = gz_arg_extent(ff, acall, ae.addr)
			ctext = c.argtext[s.addr_param]
			extra = gz_fix_unused_addr(ff, o.fn, a0)
			if ztext is None or ext is None or extra is None or \
			   len(gz_tokens(ctext)) != 1:
				return None
			return [("arg", ext[0],
				 gz_subst_ident(ztext, s.param_name, ctext))] + extra
	return None


def gz_plan(ff, f):
	# The edits of a convert finding: the whole conversion, or None.
	o = f.origin
	ae = o.entry
	acall = o.call
	zit = f.zitem
	ze = f.x.ze
	nargs = len(acall.args)
	if f.via is not None and ze.object == KADDR:
		return None
	zaddr = None
	if f.via is None and 0 <= ze.addr < len(zit.args):
		zaddr = ze.addr
	edits = []
	if ae.kind != ZEROED and not o.gfp_zero:
		if not 0 <= ae.gfp < nargs or "?" in acall.argtext[ae.gfp]:
			return None
		t = gz_arg_text(ff, acall, ae.gfp)
		if t is None:
			return None
		edits.append(("arg", gz_arg_extent(ff, acall, ae.gfp)[0],
			      t + " | __GFP_ZERO"))
	if zaddr is not None and 0 <= ae.addr < nargs:
		a = acall.args[ae.addr]
		raw = zit.args[zaddr]
		if not gz_same_expr(a, raw) and \
		   gz_aligned_from(o.fn, o.node, a, raw):
			extra = gz_fix_unused_addr(ff, o.fn, gz_unparen(a))
			t = gz_arg_text(ff, zit, zaddr)
			if extra is not None and t is not None:
				edits.append(("arg",
					      gz_arg_extent(ff, acall, ae.addr)[0],
					      t))
				edits.extend(extra)
	if zaddr is not None and 0 <= ae.user_addr < nargs and \
	   gz_tokens(acall.argtext[ae.user_addr]) in [[n] for n in
						       GZ_NO_USER_ADDR]:
		t = gz_arg_text(ff, zit, zaddr)
		if t is None:
			return None
		edits.append(("arg", gz_arg_extent(ff, acall, ae.user_addr)[0], t))
	rm = gz_remove_call(ff, f.zfn, zit, True)
	if rm is None:
		return None
	edits.append(rm)
	if rm[2] in ("if", "ifbrace"):
		m = gz_fix_cond_vars(ff, f.zfn, zit)
		if m is None:
			return None
		edits.extend(m)
	if ze.object == KADDR and f.via is None:
		m = gz_fix_mapping(ff, f.zfn, f.x.node, zit, ze)
		if m is None:
			return None
		edits.extend(m)
	elif f.via is None:
		m = gz_fix_alias(ff, f.zfn, zit, ze.obj)
		if m is None:
			return None
		edits.extend(m)
	if f.via is not None:
		e = gz_fix_callee_addr(ff, f)
		if e is not None:
			edits.extend(e)
	return edits


class GzPlan:
	def __init__(self):
		self.args = {}		# (line, column) of an argument -> its text
		self.mapdecl = set()	# (function, map call, first line)
		self.rm = set()		# (function, kind, name, first line)
		self.decl = set()	# (function, variable)


GZ_DO = re.compile(r"(^|[^A-Za-z0-9_])do\s*(\{|$)")


def gz_has_do_loop(ff, f):
	# Coccinelle's SmPL has no pattern for do ... while, so the engine
	# reads such a loop's body as run once: it converts nothing from the
	# allocation's function to the zeroing when one is there.
	first = f.afn.line if f.afn is not None else f.zitem.start[0]
	return any(GZ_DO.search(ff.line(n).split(GZ_LINE)[0])
		   for n in range(first, f.zitem.start[0] + 1))


def gz_plans(ff, findings):
	# Convert findings that remove the same zeroing (a static callee
	# with several fresh callers) convert together or not at all.
	groups = {}
	for f in findings:
		if f.check not in ("double-zeroing", "manual-zeroing"):
			continue
		f.edits = None if gz_has_do_loop(ff, f) else gz_plan(ff, f)
		key = ("z", f.zitem.start)
		groups.setdefault(key, []).append(f)
	plan = GzPlan()
	args = {}
	for fs in groups.values():
		if any(f.edits is None for f in fs):
			continue
		for f in fs:
			for e in f.edits:
				if e[0] == "arg":
					args.setdefault(e[1], set()).add(e[2])
	bad = set(k for k, v in args.items() if len(v) > 1)
	for fs in groups.values():
		if any(f.edits is None for f in fs) or \
		   any(e[0] == "arg" and e[1] in bad for f in fs for e in f.edits):
			continue
		for f in fs:
			f.fixit = True
			for e in f.edits:
				if e[0] == "arg":
					plan.args[e[1]] = e[2]
				elif e[0] == "mapdecl":
					plan.mapdecl.add(e[1:])
				elif e[0] == "rm":
					plan.rm.add(e[1:])
				elif e[0] == "decl":
					plan.decl.add((e[1], e[2]))
	return plan
