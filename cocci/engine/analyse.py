# SPDX-License-Identifier: GPL-2.0-only
#
# analyse.py: one file from facts to findings, its functions callees
# first (as GCC runs the pass); whether a file's tree has the
# user-address plumbing patch mode needs; and the run over the files of
# one spatch group, which the rule after the facts calls.

import os
import re
import sys

from .cfg import gz_build
from .decide import (gz_callee_zeroing, gz_summarise,
	gz_zero_without_addr, gz_zeroing)
from .facts import (GZ_BROKEN, GZ_CALLS, GZ_CONTEXT, GZ_CURRENT,
	GZ_FILES, GZ_INTEREST, GZ_INTEREST_NAMES, GZ_MODE,
	GZ_PLANS, GZ_PLUMBING, GZ_RESULTS, gz_failed,
	gz_fault, gz_real_path)
from .fixit import gz_plans
from .flow import (GZ_PUBLISHERS, gz_flow, gz_gfp_has_zero,
	gz_note_publisher, gz_note_wrapper, gz_origins)
from .tables import GZ_NO_USER_ADDR, gz_role


def gz_address_taken(ff, name):
	# NAME used other than in a call, a declaration or its definition
	text = re.sub(r'/\*.*?\*\/|/{2}[^\n]*|\x22(?:\\.|[^\x22\\])*\x22', " ",
		      chr(10).join(ff.lines()), flags=re.S)
	return re.search(r'(?<![\w$])%s(?![\w$])(?!\s*\()' % re.escape(name),
			 text) is not None


def gz_analyse_file(ff):
	inits = set((d.fnkey, d.start) for d in ff.decls if d.init)
	for key, it in ff.items:
		fn = ff.fns.get(key)
		if fn is not None:
			fn.items.append(it)
			if it.kind == "asg" and (key, it.start) in inits:
				it.decl = True
	fns = list(ff.fns.values())
	calls = set()
	for fn in fns:
		ff.at = fn.name
		fn.static = fn.static or fn.key in ff.static
		gz_build(fn)
		calls.update(n.item.start for n in fn.calls)
	taken = set(fn.name for fn in fns if fn.static and fn.zero_nodes and
		    gz_address_taken(ff, fn.name))
	findings = []
	byname = dict((fn.name, fn) for fn in fns)
	order = []
	seen = set()

	def visit(fn):
		# callees first, as GCC runs the pass (not within a cycle)
		seen.add(fn.key)
		for c in fn.calls:
			g = byname.get(c.item.name)
			if g is not None and g.key not in seen:
				visit(g)
		order.append(fn)
	for fn in sorted(fns, key=lambda f: f.line):
		if fn.key not in seen:
			visit(fn)
	wrappers = {}
	called = []
	done = set()
	GZ_PUBLISHERS.clear()
	for fn in order:
		ff.at = fn.name
		gz_fault("analysis", fn.name)
		fn.exported = not fn.static or fn.name in taken
		if fn.zero_nodes:
			gz_summarise(fn)
		if fn.static:
			gz_note_publisher(fn)
		allorigins = gz_origins(fn, wrappers)
		origins = [o for o in allorigins if not o.returned]
		for o in allorigins:
			if not o.returned:
				gz_flow(o)
			o.gfp_zero = gz_gfp_has_zero(o)
		for o in origins:
			for z in fn.zero_nodes:
				gz_zeroing(o, z, findings)
		for c in fn.calls:
			# a catalogue call is known by what it is, whatever
			# its definition in this file does
			callee = byname.get(c.item.name)
			if callee is None or callee is fn or \
			   gz_role(c.item.name) is not None or \
			   callee.key not in done or not callee.summaries:
				continue
			fresh = False
			for o in origins:
				if gz_callee_zeroing(o, c, callee, findings):
					fresh = True
			called.append((callee, fresh))
		for o in origins:
			gz_zero_without_addr(o, findings)
		gz_note_wrapper(fn, allorigins, wrappers)
		done.add(fn.key)
	for f in findings:
		if f.via is None or f.check not in ("double-zeroing",
						    "manual-zeroing"):
			continue
		if f.via.exported or any(c is f.via and not fresh
					 for c, fresh in called):
			f.check = "unconvertible-zeroing"
			f.reason = "shared-callee"
			f.message = f.shared_message
	out = []
	seen = set()
	for f in sorted(findings, key=lambda f: f.key()):
		if f.key() not in seen:
			seen.add(f.key())
			out.append(f)
	return out, gz_plans(ff, out)

# ---- the user-address plumbing, for patch mode -----------------------

def gz_no_user_addr():
	# the catalogue's "no user address" value (GFPZ_NO_USER_ADDR)
	return sorted(GZ_NO_USER_ADDR)[0]


def gz_defines(path):
	# Does PATH define the catalogue's "no user address" value?
	name = gz_no_user_addr().encode()
	try:
		with open(path, "rb") as fp:
			data = fp.read()
	except OSError:
		return False
	return name in data and re.search(rb'^[ \t]*#[ \t]*define[ \t]+' +
					 re.escape(name) + rb'\b', data,
					 re.M) is not None


def gz_tree_defines(root):
	if root not in GZ_PLUMBING:
		found = False
		for d, _, files in os.walk(os.path.join(root, "include")):
			for h in files:
				if h.endswith(".h") and gz_defines(os.path.join(d, h)):
					found = True
					break
			if found:
				break
		GZ_PLUMBING[root] = found
	return GZ_PLUMBING[root]


def gz_plumbing(path):
	# Does the tree of PATH define USER_ADDR_NONE: the file itself, a
	# header it includes from its own directory, or the include/ of the
	# kernel tree it is in (the nearest directory with include/linux/)?
	d = os.path.dirname(os.path.abspath(path))
	if gz_defines(path):
		return True
	try:
		with open(path, encoding="utf-8", errors="replace") as fp:
			text = fp.read()
	except OSError:
		text = ""
	for m in re.finditer(r'^[ \t]*#[ \t]*include[ \t]*\x22([^\x22]+)\x22', text, re.M):
		if gz_defines(os.path.join(d, m.group(1))):
			return True
	while True:
		if os.path.isdir(os.path.join(d, "include", "linux")):
			return gz_tree_defines(d)
		up = os.path.dirname(d)
		if up == d:
			return False
		d = up


def gz_analyse():
	# Analyse the files whose facts the rules above collected.
	del GZ_RESULTS[:]
	GZ_PLANS.clear()
	GZ_CURRENT.clear()
	GZ_CONTEXT.clear()
	for name in sorted(GZ_FILES):
		ff = GZ_FILES[name]
		if name in GZ_BROKEN:
			continue
		try:
			findings, plan = gz_analyse_file(ff)
		except Exception as e:
			gz_failed(name, ff.at, e)
			continue
		if os.environ.get("GFPZERO_COCCI_DEBUG"):
			for f in findings:
				sys.stderr.write("gfpzero: %s:%d %s edits=%r\n" % (
					name, f.zitem.npos[0], f.check, f.edits))
			sys.stderr.write("gfpzero: probes %r\n" % ff.probe)
		GZ_RESULTS.append((ff, findings))
		GZ_CONTEXT[name] = set()
		for f in findings:
			GZ_CONTEXT[name].add(f.zitem.npos[:2])
			GZ_CONTEXT[name].add(f.origin.call.npos[:2])
		if GZ_MODE["patch"] and (plan.args or plan.rm):
			if GZ_MODE["assume"] or gz_plumbing(gz_real_path(name)):
				GZ_PLANS[name] = plan
			else:
				sys.stderr.write("%s: %s is not defined for this file (its local headers or the include/ of its tree): the allocator cannot take the user address, so nothing is converted (-D assume_user_addr to convert anyway)\n" % (gz_real_path(name), gz_no_user_addr()))
	GZ_FILES.clear()
	GZ_BROKEN.clear()
	GZ_INTEREST.clear()
	GZ_INTEREST_NAMES.clear()
	del GZ_CALLS[:]
