# SPDX-License-Identifier: GPL-2.0-only
#
# tables.py: the catalogue as the engine holds it.  The kinds and
# positions of include/gfpzero_catalogue.h as constants, the tables, the
# GFPZ_*() functions that fill them (cocci/gen-catalogue writes one call
# per catalogue entry right after this module in cocci/gfpzero.cocci;
# catalogue.load() makes the same calls outside spatch), and the
# lookups by name: the name without its suffix, its allocator entry for
# a number of arguments, its role.


USER, ZEROED, SERIES, NOADDR, POOL = "USER", "ZEROED", "SERIES", "NOADDR", "POOL"
PAGE, FOLIO, KADDR = "PAGE", "FOLIO", "KADDR"
FULL, RANGE = "FULL", "RANGE"
NAME, CALL = "NAME", "CALL"
CONVERT, REPORT = "CONVERT", "REPORT"

GZ_ALLOC = {}
GZ_ZERO = {}
GZ_MAP = {}
GZ_UNMAP = set()
GZ_SAME = {}
GZ_GUARD = {}
GZ_PUBLISH = set()
GZ_RELEASE = set()
GZ_GFP_ZERO = set()
GZ_NO_USER_ADDR = set()
GZ_HINT = set()
GZ_NORETURN = set()
GZ_ASSERT = set()
GZ_SUFFIXES = []
GZ_EXTENT = {}		# name -> NAME or CALL
GZ_ALIGN = set()
GZ_CHECKS = []		# check names, in the catalogue's order
GZ_ACTION = {}		# check name -> "convert" or "report"
GZ_REASON_TEXT = {}	# reason name -> its text
GZ_MESSAGE = {}		# message id -> its printf template


class GzEntry:
	def __init__(self, **kw):
		self.__dict__.update(kw)


def GFPZ_ALLOC(name, arity, kind, obj, gfp, order, addr, user_addr):
	GZ_ALLOC.setdefault(name, []).append(GzEntry(name=name, arity=arity,
		kind=kind, object=obj, gfp=gfp, order=order, addr=addr,
		user_addr=user_addr))


def GFPZ_ZERO(name, obj, object, addr, value, length, extent):
	GZ_ZERO[name] = GzEntry(name=name, obj=obj, object=object, addr=addr,
				value=value, len=length, extent=extent)


def GFPZ_MAP(name, obj, offset):
	GZ_MAP[name] = GzEntry(name=name, obj=obj, index=offset)


def GFPZ_UNMAP(name):
	GZ_UNMAP.add(name)


def GFPZ_SAME(name, obj, index):
	GZ_SAME[name] = GzEntry(name=name, obj=obj, index=index)


def GFPZ_GUARD(name, zero_when):
	GZ_GUARD[name] = zero_when


def GFPZ_PUBLISH(name):
	GZ_PUBLISH.add(name)


def GFPZ_RELEASE(name):
	GZ_RELEASE.add(name)


def GFPZ_GFP_ZERO(name):
	GZ_GFP_ZERO.add(name)


def GFPZ_NO_USER_ADDR(name):
	GZ_NO_USER_ADDR.add(name)


def GFPZ_HINT(name):
	GZ_HINT.add(name)


def GFPZ_NORETURN(name):
	GZ_NORETURN.add(name)


def GFPZ_ASSERT(name):
	GZ_ASSERT.add(name)


def GFPZ_STRIP_SUFFIX(suffix):
	GZ_SUFFIXES.append(suffix)


def GFPZ_EXTENT(name, form):
	GZ_EXTENT[name] = form


def GFPZ_ALIGN(name):
	GZ_ALIGN.add(name)


def GFPZ_CHECK(ident, name, action):
	GZ_CHECKS.append(name)
	GZ_ACTION[name] = action.lower()


def GFPZ_REASON(ident, name, text):
	GZ_REASON_TEXT[name] = text


def GFPZ_MESSAGE(ident, template):
	GZ_MESSAGE[ident] = template


def gz_strip_name(name):
	for s in GZ_SUFFIXES:
		if name.endswith(s) and len(name) > len(s):
			return name[:-len(s)]
	return name


def gz_alloc_entry(name, nargs):
	es = GZ_ALLOC.get(gz_strip_name(name), [])
	for e in es:
		if e.arity == nargs:
			return e
	for e in es:
		if e.arity < 0:
			return e
	return None


def gz_role(name):
	n = gz_strip_name(name)
	if n in GZ_ZERO:
		return "zero"
	if n in GZ_MAP:
		return "map"
	if n in GZ_UNMAP:
		return "unmap"
	if n in GZ_SAME:
		return "same"
	if n in GZ_GUARD:
		return "guard"
	if n in GZ_PUBLISH:
		return "publish"
	if n in GZ_RELEASE:
		return "release"
	if n in GZ_ALLOC:
		return "alloc"
	return None
