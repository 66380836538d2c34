# SPDX-License-Identifier: GPL-2.0-only
#
# emit.py: what each mode prints or asks: report lines, org links, one
# JSON object per finding (-D json), the positions context mode marks,
# and the answers to the patch rules (the new text of an argument,
# whether a statement or declaration goes).

import json as gz_json
import os
import sys

from .facts import (GZ_CONTEXT, GZ_CURRENT, GZ_MODE, GZ_PLANS,
	GZ_RESULTS, GzFile, gz_start)
from .source import gz_nows
from .tables import GZ_ACTION, gz_strip_name


class GzLoc:
	def __init__(self, file, npos):
		self.file = file
		self.line = npos[0]
		self.column = npos[1]
		self.column_end = npos[2]


def gz_display_column(ff, line, col):
	w = 0
	for ch in ff.line(line)[:col]:
		w = (int(w / 8) + 1) * 8 if ch == "\t" else w + 1
	return w + 1


def gz_print(mode):
	for ff, findings in GZ_RESULTS:
		for f in findings:
			z = f.zitem.npos
			a = f.origin.call.npos
			tail = "%s [%s]" % (f.message, f.check)
			if mode == "report":
				print("%s:%d:%d-%d: %s" % (ff.name, z[0], z[1], z[2], tail))
			elif mode == "org":
				import coccilib.org	# spatch's own, for org mode
				coccilib.org.print_safe_todo(GzLoc(ff.name, z), tail)
				if a != z:
					coccilib.org.print_safe_link(GzLoc(ff.name, a),
						"'%s' allocates it here" %
						gz_strip_name(f.origin.call.name),
						"ovl-face2")
			else:
				print(gz_json.dumps({
					"check": f.check,
					"action": GZ_ACTION[f.check],
					"file": ff.name,
					"line": z[0],
					"column": gz_display_column(ff, z[0], z[1]),
					"function": f.zfn.name,
					"backend": "cocci",
					"message": f.message,
					"reason": f.reason,
					"fixit": f.fixit,
					"alloc": {
						"file": ff.name,
						"line": a[0],
						"column": gz_display_column(ff, a[0], a[1]),
						"function": f.afn.name,
						"callee": gz_strip_name(f.origin.call.name),
					}}))
	sys.stdout.flush()


def gz_plan_of(p):
	# After a rule rewrites a file, spatch parses it again from a copy
	# named after it: find the plan of the file that copy was made of.
	if not GZ_MODE["patch"]:
		return None
	f = p[0].file
	if f in GZ_PLANS:
		return GZ_PLANS[f]
	names = [k for k in GZ_PLANS if f.endswith("-" + os.path.basename(k))]
	return GZ_PLANS[names[0]] if len(names) == 1 else None


def gz_current_line(p):
	f = p[0].file
	if f not in GZ_CURRENT:
		GZ_CURRENT[f] = GzFile(f)
	return GZ_CURRENT[f].line(int(p[0].line))


def gz_edit_arg(p):
	# The new text of the allocation argument at P, or None.  This is
	# the first rule that rewrites: P is still where the facts saw it.
	plan = GZ_PLANS.get(p[0].file) if GZ_MODE["patch"] else None
	return plan.args.get(gz_start(p)) if plan else None


def gz_edit(p, kind, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, kind, str(name),
			       gz_nows(gz_current_line(p))) in plan.rm


def gz_edit_mapdecl(p, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, str(name),
			       gz_nows(gz_current_line(p))) in plan.mapdecl


def gz_edit_decl(p, name):
	plan = gz_plan_of(p)
	return bool(plan) and (p[0].current_element, str(name)) in plan.decl


def gz_context(p):
	return gz_start(p) in GZ_CONTEXT.get(p[0].file, ())
