#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Reduce a failing generated file with cvise (Debian package cvise).

The file stays interesting while every --want holds and no --unwant
does, and it still compiles cleanly (no implicit declarations, no
incompatible types: cvise must not turn it into other C).  A condition
is BACKEND:CHECK[:REASON], BACKEND one of

  plugin  the plugin under test (GFPZERO_PLUGIN or build/)
  old     another build of the plugin (--old SO), for a fix's before
  cocci   the semantic patch (slow: seconds a step)
  patch   gfpzero patch --assume-user-addr, then compiled with
	  -Wall -Werror: CHECK is "fails" or "lost:NAME" (a call NAME
	  the conversion removed)

and CHECK may be "none" (no finding at all) or "any".  "crash" (and
"old-crash") holds when the plugin (old) crashes the compiler.

Usage: fuzz/reduce.py FILE [--want C]... [--unwant C]... [--old SO] [-o OUT]
"""

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "cases")
CFLAGS = ["-O2", "-Wall", "-Werror=implicit-function-declaration",
	  "-Werror=int-conversion", "-Werror=incompatible-pointer-types",
	  "-Werror=return-type", "-Werror=implicit-int"]


def findings(backend, path, old=None):
	"""The findings of BACKEND on PATH as "check[:reason]" strings."""
	if backend == "cocci":
		p = subprocess.run([os.path.join(ROOT, "bin", "gfpzero"), "scan",
				    "--backend=cocci", "--format=json", "--jobs=1", path],
				   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
				   universal_newlines=True)
		if p.returncode > 1:
			return None
		fs = json.loads(p.stdout or "[]")
	else:
		so = old if backend == "old" else os.environ.get(
			"GFPZERO_PLUGIN", os.path.join(ROOT, "build", "gfpzero_plugin.so"))
		out = path + ".%s.json" % backend
		if os.path.exists(out):
			os.unlink(out)
		p = subprocess.run(["gcc"] + CFLAGS + ["-I" + CASES, "-fplugin=" + so,
				    "-fplugin-arg-gfpzero_plugin-json=" + out,
				    "-S", "-o", "/dev/null", path],
				   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
		if p.returncode:
			return None
		fs = []
		if os.path.exists(out):
			with open(out) as fp:
				fs = [json.loads(l) for l in fp if l.strip()]
	return ["%s:%s" % (f["check"], f.get("reason") or "") for f in fs]


def patch_result(path):
	"""("fails" when the conversion does not build, "lost:NAME"...)."""
	d = tempfile.mkdtemp()
	try:
		shutil.copy(path, d)
		for h in os.listdir(CASES):
			if h.startswith("kernel-"):
				shutil.copy(os.path.join(CASES, h), d)
		f = os.path.join(d, os.path.basename(path))
		p = subprocess.run([os.path.join(ROOT, "bin", "gfpzero"), "patch",
				    "--assume-user-addr", "--jobs=1", f],
				   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
				   universal_newlines=True)
		if p.returncode or not p.stdout:
			return []
		subprocess.run(["patch", "-s", "-p1", "-d", d], input=p.stdout,
			       universal_newlines=True, stdout=subprocess.DEVNULL)
		out = []
		c = subprocess.run(["gcc", "-O2", "-Wall", "-Werror", "-c", "-o",
				    "/dev/null", f], stdout=subprocess.DEVNULL,
				   stderr=subprocess.DEVNULL)
		if c.returncode:
			out.append("fails")
		before = open(path).read()
		after = open(f).read()
		import re
		for name in set(re.findall(r'([A-Za-z_]\w*)\s*\(', before)):
			if len(re.findall(r'\b%s\s*\(' % name, after)) < \
			   len(re.findall(r'\b%s\s*\(' % name, before)):
				out.append("lost:" + name)
		return out
	finally:
		shutil.rmtree(d, ignore_errors=True)


def crashes(path, so):
	p = subprocess.run(["gcc"] + CFLAGS + ["-I" + CASES, "-fplugin=" + so,
			    "-S", "-o", "/dev/null", path],
			   stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
			   universal_newlines=True)
	return "internal compiler error" in p.stderr


def holds(cond, path, old, cache):
	if cond in ("crash", "old-crash"):
		so = old if cond == "old-crash" else os.environ.get(
			"GFPZERO_PLUGIN", os.path.join(ROOT, "build", "gfpzero_plugin.so"))
		return crashes(path, so)
	backend, _, what = cond.partition(":")
	if backend not in cache:
		cache[backend] = patch_result(path) if backend == "patch" else \
			findings(backend, path, old)
	got = cache[backend]
	if got is None:
		return None
	if backend == "patch":
		return what in got
	if what == "none":
		return not got
	if what == "any":
		return bool(got)
	if ":" not in what:
		return any(g.split(":")[0] == what for g in got)
	return what in got


def interesting(path, wants, unwants, old):
	"""0 when PATH is still interesting (cvise's convention)."""
	p = subprocess.run(["gcc"] + CFLAGS + ["-Werror", "-I" + CASES,
			    "-fsyntax-only", path],
			   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
	if p.returncode:
		return 1
	cache = {}
	for c in wants:
		if holds(c, path, old, cache) is not True:
			return 1
	for c in unwants:
		if holds(c, path, old, cache) is not False:
			return 1
	return 0


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("file")
	ap.add_argument("--want", action="append", default=[])
	ap.add_argument("--unwant", action="append", default=[])
	ap.add_argument("--old", help="the other plugin build (backend old)")
	ap.add_argument("--budget", type=int, default=600,
			help="seconds cvise may take; then its best so far")
	ap.add_argument("-o", "--output", help="the reduced file (default: FILE.reduced.c)")
	ap.add_argument("--test", action="store_true",
			help="only say whether FILE is interesting (cvise calls this)")
	args = ap.parse_args()
	if args.test:
		return interesting(args.file, args.want, args.unwant, args.old)
	if interesting(args.file, args.want, args.unwant, args.old):
		print("reduce: %s is not interesting to begin with" % args.file,
		      file=sys.stderr)
		return 2
	work = tempfile.mkdtemp(prefix="gfpzero-reduce.")
	name = os.path.basename(args.file)
	shutil.copy(args.file, os.path.join(work, name))
	script = os.path.join(work, "test.sh")
	cmd = [sys.executable, os.path.abspath(__file__), "--test", name]
	for w in args.want:
		cmd += ["--want", w]
	for w in args.unwant:
		cmd += ["--unwant", w]
	if args.old:
		cmd += ["--old", os.path.abspath(args.old)]
	with open(script, "w") as fp:
		fp.write("#!/bin/sh\nexec %s\n" % " ".join("'%s'" % c for c in cmd))
	os.chmod(script, 0o755)
	cv = subprocess.Popen(["cvise", "--n", "1", "--timeout", "120", script,
			       name], cwd=work, stdout=subprocess.DEVNULL,
			      stderr=subprocess.DEVNULL, start_new_session=True)
	try:
		cv.wait(timeout=args.budget)
	except subprocess.TimeoutExpired:
		# the file holds the best reduction so far; cvise and its tests go
		os.killpg(cv.pid, signal.SIGTERM)
		cv.wait()
	out = args.output or args.file + ".reduced.c"
	shutil.copy(os.path.join(work, name), out)
	shutil.rmtree(work, ignore_errors=True)
	print(out)
	return 0


if __name__ == "__main__":
	sys.exit(main())
