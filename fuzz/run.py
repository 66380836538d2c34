#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Run generated functions through both gfpzero backends and the patch.

Each file fuzz/gen.py writes goes through the GCC plugin
(bin/gfpzero scan --format=json) and the semantic patch (bin/gfpzero
scan --backend=cocci), and the files through bin/gfpzero patch
--assume-user-addr, whose output is compiled with -Wall -Werror and the
plugin.  A function fails when:

  ice             the compiler crashed (internal compiler error, signal)
  asan            AddressSanitizer found a memory error in the plugin
		  (with --asan)
  compile-error   the generated file does not compile (a generator bug)
  spatch-error    the semantic patch failed or said a function was lost
  plugin-verdict  the plugin's findings differ from the construction's,
                  the semantic patch's do not
  cocci-verdict   the other way round
  both-verdict    both differ from the construction, the same way
  both-differ     both differ from it, and from each other
  fixit-differs   the backends agree on a convert finding but not on
                  whether it has a fix
  patch-build     the converted file does not compile with -Wall -Werror
  patch-left      after the conversion the plugin still finds a convert
                  finding the semantic patch said it could fix (or one
                  fewer than it could not)
  patch-lost-call the conversion removed a call other than the zeroing,
                  its mapping, its guard and the identity helpers

A function that differs only in the semantic patch's verdict, and uses a
construction named by --known-cocci (a divergence the corpus documents
with check-cocci-differs), is counted known-cocci and does not fail.

Functions that use a construction the control-flow rework on main is
changing (gen.MAIN_AREA) are counted too, and named in the summary.
The last line is "N passed, N failed"; exit status 1 when any failed.

Usage: fuzz/run.py [--count N] [--seed S] [--per-file N] [--keep DIR]
"""

import argparse
import collections
import concurrent.futures
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import gen

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "cocci"))
from engine import catalogue  # noqa: E402  (the one catalogue reader)

GZ = os.path.join(ROOT, "bin", "gfpzero")
CASES = os.path.join(ROOT, "tests", "cases")
CONVERT = ("double-zeroing", "manual-zeroing")
VERDICT = {"plugin-verdict", "cocci-verdict", "both-verdict", "both-differ"}
KEYWORDS = {"if", "for", "while", "switch", "return", "sizeof", "do",
	    "typeof", "__typeof__", "__attribute__", "__builtin_expect"}


def catalogue_names(kinds):
	"""Names of the catalogue entries of KINDS."""
	return set(e.args[0] for e in catalogue.read() if e.kind in kinds)


# what a conversion may remove besides the zeroing: its mapping, unmap,
# guard, the identity helpers in its arguments, the expect macros
REMOVABLE = catalogue_names(("ZERO", "MAP", "UNMAP", "SAME", "GUARD")) | \
	{"likely", "unlikely", "folio_size"}


def plugin_cc():
	cc = os.environ.get("CC", "gcc").split()
	plugin = os.environ.get("GFPZERO_PLUGIN",
				os.path.join(ROOT, "build", "gfpzero_plugin.so"))
	return cc, plugin


def run(cmd, **kw):
	return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
			      universal_newlines=True, **kw)


def crashed(err):
	return "internal compiler error" in err or "Segmentation fault" in err \
		or "terminated by signal" in err or "killed by signal" in err \
		or "Aborted" in err


# ---- the backends -----------------------------------------------------

# --asan: the plugin built with AddressSanitizer (make asan), loaded into
# an ordinary cc1 with the sanitizer's runtime preloaded
ASAN = None


def asan_env():
	env = dict(os.environ)
	p = run(["gcc", "-print-file-name=libasan.so"])
	env["LD_PRELOAD"] = p.stdout.strip()
	env["ASAN_OPTIONS"] = "detect_leaks=0:abort_on_error=1"
	return env


def scan_plugin(path):
	"""(findings, error kind or None, stderr)."""
	if ASAN:
		cc, _ = plugin_cc()
		out = path + ".asan.json"
		if os.path.exists(out):
			os.unlink(out)
		p = run(cc + ["-O2", "-Wall", "-I" + os.path.dirname(path),
			      "-fplugin=" + ASAN, "-fplugin-arg-gfpzero_plugin-json=" + out,
			      "-S", "-o", "/dev/null", path], env=asan_env())
		if "AddressSanitizer" in p.stderr:
			return None, "asan", p.stderr
		if p.returncode:
			return None, "ice" if crashed(p.stderr) else "compile-error", p.stderr
		found = []
		if os.path.exists(out):
			with open(out) as fp:
				found = [json.loads(l) for l in fp if l.strip()]
		return found, None, p.stderr
	p = run([GZ, "scan", "--format=json", path])
	if p.returncode > 1:
		return None, "ice" if crashed(p.stderr) else "compile-error", p.stderr
	return json.loads(p.stdout or "[]"), None, p.stderr


def scan_cocci(paths, jobs):
	p = run([GZ, "scan", "--backend=cocci", "--format=json",
		 "--jobs=%d" % jobs] + paths)
	if p.returncode > 1:
		return None, p.stderr
	return json.loads(p.stdout or "[]"), None


def patch_cocci(paths, jobs):
	p = run([GZ, "patch", "--assume-user-addr", "--jobs=%d" % jobs] + paths)
	if p.returncode != 0:
		return None, p.stderr
	return p.stdout, None


def compile_patched(path):
	"""Compile with -Wall -Werror and the plugin: (findings, error)."""
	cc, plugin = plugin_cc()
	out = path + ".json"
	if os.path.exists(out):
		os.unlink(out)
	p = run(cc + ["-O2", "-Wall", "-Werror", "-I" + os.path.dirname(path),
		      "-fplugin=" + plugin, "-fplugin-arg-gfpzero_plugin-json=" + out,
		      "-c", "-o", "/dev/null", path])
	found = []
	if os.path.exists(out):
		with open(out) as fp:
			found = [json.loads(l) for l in fp if l.strip()]
	if p.returncode != 0:
		return found, p.stderr
	return found, None


# ---- comparing --------------------------------------------------------

def site(f):
	return "%d %s%s alloc=%d" % (f["line"], f["check"],
				     " reason=" + f["reason"] if f.get("reason") else "",
				     f["alloc"]["line"])


def unit_of(meta, line):
	for i, u in enumerate(meta["units"]):
		if u["start"] <= line <= u["end"]:
			return i
	return None


def by_unit(meta, findings, path):
	"""Findings of PATH grouped by the unit holding their allocation."""
	out = collections.defaultdict(list)
	for f in findings or []:
		if os.path.basename(f["file"]) != os.path.basename(path):
			out[None].append(f)
			continue
		out[unit_of(meta, f["alloc"]["line"])].append(f)
	return out


def functions_calls(text):
	"""{function name: Counter of the calls in its body}, kernel style."""
	out = {}
	lines = text.split("\n")
	name = None
	body = []
	for i, l in enumerate(lines):
		if l == "{" and i > 0:
			head = " ".join(lines[max(0, i - 2):i])
			m = re.findall(r'([A-Za-z_][A-Za-z0-9_]*)\s*\(', head)
			name = m[0] if m else None
			body = []
		elif l == "}" and name:
			calls = collections.Counter(
				c for c in re.findall(r'([A-Za-z_][A-Za-z0-9_]*)\s*\(', "\n".join(body))
				if c not in KEYWORDS)
			out[name] = calls
			name = None
		elif name:
			body.append(l)
	return out


class Result:
	def __init__(self, known_cocci=()):
		self.known_cocci = set(known_cocci)
		self.count = collections.Counter()
		self.known = collections.Counter()
		self.functions = 0
		self.failed = 0
		self.log = []
		self.seconds = collections.Counter()

	def add(self, where, classes, unit, detail=""):
		self.functions += 1
		if not classes:
			self.count["pass"] += 1
			return
		known = sorted(set(unit["features"]) & self.known_cocci)
		if classes == {"cocci-verdict"} and known:
			# a divergence the corpus documents (check-cocci-differs)
			self.count["known-cocci"] += 1
			self.log.append("%s %s: known-cocci [%s]%s" % (
				where, unit["name"], " ".join(unit["features"]), detail))
			return
		self.failed += 1
		main = sorted(set(unit["features"]) & set(gen.MAIN_AREA))
		for c in classes:
			self.count[c] += 1
			if main:
				self.known[c] += 1
		self.log.append("%s %s: %s [%s]%s%s" % (
			where, unit["name"], " ".join(sorted(classes)),
			" ".join(unit["features"]),
			" main-area:" + ",".join(main) if main else "", detail))


def compare_unit(u, exp, pl, co):
	"""The verdict classes of one unit."""
	e = sorted(exp)
	p = sorted(site(f) for f in pl)
	c = sorted(site(f) for f in co)
	cls = set()
	if p != e and c == e:
		cls.add("plugin-verdict")
	elif c != e and p == e:
		cls.add("cocci-verdict")
	elif p != e and c != e:
		cls.add("both-verdict" if p == c else "both-differ")
	if p == c:
		pf = sorted((site(f), f["fixit"]) for f in pl if f["check"] in CONVERT)
		cf = sorted((site(f), f["fixit"]) for f in co if f["check"] in CONVERT)
		if pf != cf:
			cls.add("fixit-differs")
	detail = ""
	if cls - {"fixit-differs"}:
		detail = " expected {%s} plugin {%s} cocci {%s}" % (
			"; ".join(e), "; ".join(p), "; ".join(c))
	return cls, detail


def check_patch(u, co, after, before_calls, after_calls):
	"""Patch classes of one unit: convert findings left, calls lost."""
	cls = set()
	names = [u["name"]] + [n for n in before_calls
			       if n.startswith("fz_") and n.endswith("_" + u["name"][2:])]
	nofix = sum(1 for f in co if f["check"] in CONVERT and not f["fixit"])
	left = sum(1 for f in after if f["check"] in CONVERT and
		   f["alloc"]["function"] == u["name"])
	if left != nofix:
		cls.add("patch-left")
	for n in names:
		b = before_calls.get(n, collections.Counter())
		a = after_calls.get(n, collections.Counter())
		for call, k in b.items():
			if call not in gen_removable() and a.get(call, 0) < k:
				cls.add("patch-lost-call")
		for call, k in a.items():
			if b.get(call, 0) < k:
				cls.add("patch-lost-call")
	return cls


def gen_removable():
	return REMOVABLE


# ---- a batch ------------------------------------------------------------

def copy_headers(d):
	for h in os.listdir(CASES):
		if h.startswith("kernel-") and h.endswith(".h"):
			shutil.copy(os.path.join(CASES, h), d)


def apply_patch(diff, src, dst):
	"""DST: a copy of SRC with DIFF applied (paths relative to SRC)."""
	shutil.copytree(src, dst)
	if not diff.strip():
		return None
	p = subprocess.run(["patch", "-s", "-p1", "-d", dst], input=diff,
			   stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
			   universal_newlines=True)
	return None if p.returncode == 0 else p.stdout


def run_batch(res, work, seed, first, nfiles, per_file, jobs, pool, total):
	src = os.path.join(work, "src")
	dst = os.path.join(work, "patched")
	for d in (src, dst):
		shutil.rmtree(d, ignore_errors=True)
	os.makedirs(src)
	copy_headers(src)
	t = [time.time()]
	metas = gen.write_files(src, seed, nfiles, per_file, first=first,
				total=total)
	paths = sorted(metas)
	plugin = dict(zip(paths, pool.map(scan_plugin, paths)))
	t.append(time.time())
	alone = {}
	for pth in paths:
		if plugin[pth][1]:
			# the compiler stopped at one function: each alone
			alone[pth] = isolate(work, seed, first + paths.index(pth),
					     per_file, metas[pth])
			if not any(e for e, _ in alone[pth]):
				# only together: the function the compiler names
				named = re.findall(r"In function [‘']([A-Za-z0-9_]+)",
						   plugin[pth][2])
				for i, u in enumerate(metas[pth]["units"]):
					if not named or u["name"] in named or any(
						n.endswith("_" + u["name"][2:]) for n in named):
						alone[pth][i] = plugin[pth][1:]
	cocci, cerr = scan_cocci(paths, jobs)
	cocci_file = {}
	if cocci is None:
		# one file at a time, to see which
		for pth in paths:
			f, e = scan_cocci([pth], 1)
			cocci_file[pth] = (f, e)
	else:
		for pth in paths:
			cocci_file[pth] = ([f for f in cocci if f["file"] == pth], None)
	t.append(time.time())
	diff, perr = patch_cocci(paths, jobs)
	if diff is None:
		diff = ""
		for pth in paths:
			d1, e1 = patch_cocci([pth], 1)
			if d1 is not None:
				diff += d1
	papply = apply_patch(diff, src, dst)
	changed = sorted(set(os.path.join(dst, m) for m in
			     re.findall(r'^\+\+\+ b/(\S+)', diff, re.M)))
	t.append(time.time())
	built = dict(zip(changed, pool.map(compile_patched, changed)))
	t.append(time.time())
	for k, what in enumerate(("plugin", "cocci", "patch", "build")):
		res.seconds[what] += t[k + 1] - t[k]
	for pth in paths:
		meta = metas[pth]
		pf, perr1, pstd = plugin[pth]
		cf, cerr1 = cocci_file[pth]
		pu = by_unit(meta, pf, pth)
		cu = by_unit(meta, cf, pth)
		dpath = os.path.join(dst, os.path.basename(pth))
		after, berr = built.get(dpath, ([], None))
		if dpath not in built:
			after, berr = None, None
		with open(pth) as fp:
			before_calls = functions_calls(fp.read())
		with open(dpath) as fp:
			after_calls = functions_calls(fp.read())
		au = by_unit_name(after)
		where = os.path.basename(pth)
		for i, u in enumerate(meta["units"]):
			cls = set()
			detail = ""
			if perr1 and pth in alone:
				perr1, pstd = alone[pth][i]
			if perr1:
				cls.add(perr1)
				detail = " " + first_error(pstd)
			if cerr1:
				cls.add("spatch-error")
				detail += " " + first_error(cerr1)
			if not cls:
				c2, detail = compare_unit(u, u["expect"], pu.get(i, []),
							  cu.get(i, []))
				cls |= c2
			if berr:
				errs = errors_by_function(berr)
				mine = [e for n in [u["name"]] + fn_names(before_calls, u)
					for e in errs.get(n, [])]
				if mine or (None in errs and not errs.keys() - {None}):
					cls.add("patch-build")
					detail += " " + (mine or errs[None])[0]
			if papply:
				cls.add("patch-build")
				detail += " patch does not apply: " + papply.strip()[:200]
			if not cerr1 and not berr and after is not None:
				pc = check_patch(u, cu.get(i, []), au.get(u["name"], []),
						 before_calls, after_calls)
				if cls & VERDICT:
					pc.discard("patch-left")	# what a wrong verdict leaves
				cls |= pc
			res.add(where, cls, u, detail)
		for k in (None,):
			for f in pu.get(k, []) + cu.get(k, []):
				res.log.append("%s: a finding outside every function: %s" % (
					where, site(f)))
	return paths


def isolate(work, seed, index, per_file, meta):
	"""[(error kind or None, stderr)] of each function of a file the
	compiler failed on, compiled alone."""
	d = os.path.join(work, "alone")
	os.makedirs(d, exist_ok=True)
	copy_headers(d)
	out = []
	for i in range(len(meta["units"])):
		era, text, _ = gen.generate_file(seed, index, len(meta["units"]),
						 meta["era"], i)
		path = os.path.join(d, "fz%s_%04d_%d.c" % (seed, index, i))
		with open(path, "w") as fp:
			fp.write(text)
		_, err, stderr = scan_plugin(path)
		out.append((err, stderr))
	return out


def fn_names(calls, u):
	return [n for n in calls if n.startswith("fz_") and n.endswith("_" + u["name"][2:])]


def errors_by_function(err):
	"""{function name or None: [error lines]} from GCC's messages."""
	out = collections.defaultdict(list)
	fn = None
	for l in err.split("\n"):
		m = re.search(r"In function [‘'`]([A-Za-z0-9_]+)[’']", l)
		if m:
			fn = m.group(1)
		elif ": At top level:" in l:
			fn = None
		elif re.search(r':\d+:\d+: error', l):
			out[fn].append(l.strip()[:300])
	return out


def by_unit_name(findings):
	out = collections.defaultdict(list)
	for f in findings or []:
		out[f["alloc"]["function"]].append(f)
	return out


def first_error(text):
	for l in text.split("\n"):
		if "error" in l or "Error" in l:
			return l.strip()[:300]
	return text.strip().split("\n")[0][:300] if text.strip() else ""


def summary(res, elapsed, out):
	print("# %d functions in %.0f s (%.1f functions/s); plugin %.0f s, "
	      "semantic patch %.0f s, patch %.0f s, build %.0f s" % (
		res.functions, elapsed, res.functions / max(elapsed, 1e-6),
		res.seconds["plugin"], res.seconds["cocci"], res.seconds["patch"],
		res.seconds["build"]), file=out)
	for c, k in sorted(res.count.items(), key=lambda x: (x[0] != "pass", x[0])):
		extra = ""
		if res.known.get(c):
			extra = " (%d with a construction main is reworking)" % res.known[c]
		print("%-16s %d%s" % (c, k, extra), file=out)


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--count", type=int, default=200, help="functions")
	ap.add_argument("--seed", default="1")
	ap.add_argument("--per-file", type=int, default=50)
	ap.add_argument("--files-per-batch", type=int, default=25)
	ap.add_argument("--jobs", type=int, default=2)
	ap.add_argument("--keep", help="keep the work here")
	ap.add_argument("--log", help="write every failure here")
	ap.add_argument("--quiet", action="store_true")
	ap.add_argument("--asan", metavar="SO",
			help="the plugin built with AddressSanitizer (make asan)")
	ap.add_argument("--known-cocci", metavar="FEATURES", default="",
			help="comma-separated features whose semantic patch verdicts "
			"differ as the corpus documents (check-cocci-differs): a "
			"function failing only there is counted known-cocci, not failed")
	args = ap.parse_args()
	if args.asan:
		global ASAN
		ASAN = os.path.abspath(args.asan)
	nfiles = (args.count + args.per_file - 1) // args.per_file
	work = args.keep or tempfile.mkdtemp(prefix="gfpzero-fuzz.")
	os.makedirs(work, exist_ok=True)
	res = Result(f for f in args.known_cocci.split(",") if f)
	t0 = time.time()
	with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
		for b in range(0, nfiles, args.files_per_batch):
			n = min(args.files_per_batch, nfiles - b)
			bdir = os.path.join(work, "b%05d" % b)
			run_batch(res, bdir, args.seed, b, n, args.per_file, args.jobs,
				  pool, args.count)
			if not args.quiet:
				print("# %d of %d functions, %d failed" % (
					res.functions, args.count, res.failed),
				      file=sys.stderr)
			if not args.keep:
				shutil.rmtree(bdir, ignore_errors=True)
	elapsed = time.time() - t0
	if args.log:
		with open(args.log, "w") as fp:
			fp.write("\n".join(res.log) + "\n")
	for l in res.log[:40]:
		print("# " + l)
	if len(res.log) > 40:
		print("# ... %d more%s" % (len(res.log) - 40,
					  " in " + args.log if args.log else ""))
	summary(res, elapsed, sys.stdout)
	if not args.keep:
		shutil.rmtree(work, ignore_errors=True)
	print("%d passed, %d failed" % (res.functions - res.failed, res.failed))
	return 1 if res.failed else 0


if __name__ == "__main__":
	sys.exit(main())
