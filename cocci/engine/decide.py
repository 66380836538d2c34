# SPDX-License-Identifier: GPL-2.0-only
#
# decide.py: the check a zeroing gets, and its reason (plugin/decide.c).
# The facts of one zeroing of an origin, the decision (check, reason,
# message), the summary of a static function that zeroes a parameter
# and the findings at its callers, and zero-without-user-addr.

from .clex import gz_is_const, gz_is_zero, gz_tokens, gz_unparen
from .flow import GzOrigin, gz_controls, gz_flow, gz_published_before
from .tables import (CALL, FOLIO, GZ_CHECKS, GZ_EXTENT, GZ_MESSAGE,
	GZ_NO_USER_ADDR, GZ_REASON_TEXT, GZ_ZERO, KADDR, NAME, NOADDR,
	POOL, RANGE, SERIES, ZEROED, gz_strip_name)
from .track import MAP, MAPOFF, MIXED, OBJ, SUB, gz_ev




class GzFacts:
	def __init__(self, **kw):
		self.guard = None
		self.published = False
		self.conditional = False
		self.mixed = False
		self.__dict__.update(kw)


class GzFinding:
	def __init__(self, **kw):
		self.reason = None
		self.via = None
		self.shared_message = None
		self.fixit = False
		self.edits = None
		self.__dict__.update(kw)

	def key(self):
		return (self.zitem.npos[0], self.zitem.npos[1],
			GZ_CHECKS.index(self.check), self.afn.name,
			self.origin.call.npos)


def gz_full_length(ze, it):
	if ze.len < 0:
		return True
	if ze.len >= len(it.args):
		return False
	t = gz_tokens(it.argtext[ze.len])
	if len(t) == 1:
		return GZ_EXTENT.get(t[0]) == NAME
	return len(t) > 1 and t[1] == "(" and GZ_EXTENT.get(t[0]) == CALL


def gz_zero_facts(o, z):
	it = z.item
	ze = GZ_ZERO[gz_strip_name(it.name)]
	args = it.args
	if ze.obj >= len(args):
		return None
	st = gz_ev(args[ze.obj], o.state(z))
	if ze.object == KADDR:
		if not st & (MAP | MAPOFF):
			return None
	elif not st & (OBJ | SUB):
		return None
	if ze.value >= 0 and (ze.value >= len(args) or
			      not gz_is_zero(args[ze.value])):
		return None
	x = GzFacts(node=z, item=it, ze=ze)
	x.partial = (ze.extent == RANGE or bool(st & (SUB | MAPOFF)) or
		     not gz_full_length(ze, it))
	x.user_addr = 0 <= ze.addr < len(args)
	x.const_addr = x.user_addr and gz_is_const(args[ze.addr])
	x.mixed = bool(st & MIXED)
	return x


def gz_decide(o, x, via=None):
	ae = o.entry
	obj = "folio" if ae.object == FOLIO else "page"
	zname = gz_strip_name(x.item.name)
	callee = gz_strip_name(o.call.name)
	r = None
	if ae.kind == NOADDR:
		if not x.user_addr and not gz_published_before(o, None):
			return None		# a kernel page
		r = "no-user-address-parameter"
	elif x.const_addr:
		r = "not-a-user-address"
	elif ae.kind == POOL:
		r = "pool-allocator"
	elif x.partial:
		r = "partial-zeroing"
	elif x.published:
		r = "zeroed-after-publish"
	elif x.mixed or x.conditional:
		r = "conditional-zeroing"
	if r is not None:
		check = "unconvertible-zeroing"
		msg = GZ_MESSAGE["UNCONVERTIBLE"] % (obj, callee, zname, r,
						     GZ_REASON_TEXT[r])
	elif o.gfp_zero or ae.kind == ZEROED:
		check = "double-zeroing"
		msg = GZ_MESSAGE["ALREADY_ZEROED"] % (obj, callee, zname)
	elif x.guard:
		check = "manual-zeroing"
		msg = GZ_MESSAGE["GUARDED"] % (obj, callee, zname, x.guard)
	else:
		check = "double-zeroing"
		msg = GZ_MESSAGE["ZEROED_TWICE"] % (obj, callee, zname)
	f = GzFinding(check=check, reason=r, message=msg, zitem=x.item,
		      zfn=via if via is not None else o.fn, afn=o.fn,
		      origin=o, x=x, via=via)
	if via is not None and r is None:
		f.shared_message = GZ_MESSAGE["SHARED"] % (
			obj, callee, zname, via.name, "", "shared-callee",
			GZ_REASON_TEXT["shared-callee"])
	return f


def gz_zeroing(o, z, out):
	x = gz_zero_facts(o, z)
	if x is None:
		return
	x.guard, x.conditional = gz_controls(o, z)
	x.published = gz_published_before(o, z)
	f = gz_decide(o, x)
	if f is not None:
		out.append(f)


def gz_summarise(fn):
	# The first zeroing of each pointer parameter (plugin/summary.c).
	names = [p[0] for p in fn.params]
	for i, (pname, ptr) in enumerate(fn.params):
		if not ptr or not pname:
			continue
		o = GzOrigin(fn, fn.entry, var=pname)
		gz_flow(o)
		for z in fn.zero_nodes:
			x = gz_zero_facts(o, z)
			if x is None:
				continue
			guard, cond = gz_controls(o, z)
			s = GzFacts(item=z.item, node=z, ze=x.ze, guard=guard,
				    partial=x.partial, user_addr=x.user_addr,
				    const_addr=x.const_addr,
				    conditional=cond or x.mixed, param=i,
				    addr_param=None)
			ze = x.ze
			if 0 <= ze.addr < len(z.item.args):
				a = gz_unparen(z.item.args[ze.addr])
				if a[0] == "member" and a[3] and a[1][0] == "id" and \
				   a[1][1] in names:
					s.addr_param = names.index(a[1][1])
					s.addr_field = a[2]
					s.addr_arg = ze.addr
					s.param_name = a[1][1]
			fn.summaries[i] = s
			break


def gz_callee_zeroing(o, c, callee, out):
	# A call handing the object to a function of this file that zeroes
	# its parameter: the finding sits at the zeroing in the callee.
	fresh = False
	for i, s in sorted(callee.summaries.items()):
		if i >= len(c.item.args):
			continue
		st = gz_ev(c.item.args[i], o.state(c))
		if not st & OBJ:
			continue
		if o.entry.kind not in (NOADDR, POOL):
			fresh = True
		guard, cond = gz_controls(o, c)
		x = GzFacts(item=s.item, node=s.node, ze=s.ze, partial=s.partial,
			    user_addr=s.user_addr, const_addr=s.const_addr)
		x.published = gz_published_before(o, c)
		x.mixed = bool(st & MIXED)
		x.conditional = cond or s.conditional
		x.guard = s.guard or guard
		f = gz_decide(o, x, via=callee)
		if f is not None:
			f.call = c
			f.summary = s
			out.append(f)
	return fresh


def gz_zero_without_addr(o, out):
	ae = o.entry
	no_addr = ae.kind == NOADDR
	if ae.kind == SERIES and 0 <= ae.user_addr < len(o.call.args):
		no_addr = gz_tokens(o.call.argtext[ae.user_addr]) in \
			  [[n] for n in GZ_NO_USER_ADDR]
	if not no_addr or not o.gfp_zero or not gz_published_before(o, None):
		return
	obj = "folio" if ae.object == FOLIO else "page"
	callee = gz_strip_name(o.call.name)
	out.append(GzFinding(check="zero-without-user-addr", zitem=o.call,
			     zfn=o.fn, afn=o.fn, origin=o, x=None,
			     message=GZ_MESSAGE["NO_USER_ADDR"] % (callee, obj)))
