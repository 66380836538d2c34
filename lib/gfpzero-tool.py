#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""The data handling of bin/gfpzero, one subcommand per step the shell
script hands over (the package lib/gfpzero/ does the work):

  report [--format=text|json] [--severity=S] [--inventory]
         [--cocci COCCI.jsonl] [--relative-to KDIR]
         [--scanned N | --tree KDIR] FINDINGS.jsonl
      print the findings of FINDINGS.jsonl (merged per site with those
      of COCCI.jsonl: --backend=both), then on stderr the summary line
      (text); exit 1 when there are findings, 0 when none
  cocci-json [--abs MAP] [--checks LIST] [--unique]
      the JSON lines of spatch's output (stdin), paths as given (MAP:
      "ABSOLUTE<TAB>AS GIVEN"), only the checks of LIST; --unique: one
      JSON array, each finding once; exit 2 when a line is not JSON
  prefilter --catalogue CAT --arities FILE [--jobs N]
      of the files named on stdin (each ended by a NUL), those that can
      hold a finding, one a line, in their order (FILE: the lines
      "NAME ARITY" of cocci/gen-catalogue --arities), read by N processes
  slice --catalogue CAT --dir DIR --abs MAP --origin ORIGIN
      the copy of each file of MAP (its first column) that spatch is
      given, in DIR where a body is blanked; ORIGIN: "COPY<TAB>FILE";
      MAP rewritten with the copy in place of the file
  unparsed --catalogue CAT --abs MAP SPATCH_ERR
      the parse errors that lose a finding, one message a line; exit 2
      when there is one
  spatch-failed --origin ORIGIN --abs MAP SPATCH_ERR
      the semantic patch's failures in a function and the files spatch
      gave up on, one message a line on stderr; exit 2 when there is one
  crash-where [--file FILE] LOG
      where the compiler crashed (an internal compiler error in LOG):
      "FILE: FUNCTION()"; nothing when it did not
  diff-paths (--given MAP | --relabel BASES)
      spatch's diff (stdin) with the paths of its "--- " lines as the
      user gave them (MAP), or relabelled "--- a/REL" and "+++ b/REL",
      REL relative to the PATH argument of each file (BASES), the files
      in the order of BASES
  split-diff --bases BASES --dir DIR DIFF
      the relabelled conversion diff DIFF one file a piece, DIR/N.diff,
      and DIR/index: "N<TAB>REL<TAB>FILE" (BASES: "BASE<TAB>FILE", the
      PATH argument each file came from); no index when DIFF is empty
  series --bases BASES --findings JSON --dir DIR --version V DIFF
      the patch series of DIFF in DIR, a patch per converted function,
      and the cover letter; their paths, one a line
  plumbing FILE...
      the FILEs where a conversion cannot pass the user address (no
      USER_ADDR_NONE for them: cocci/engine/analyse.py's test, the
      semantic patch's), one a line; exit 1 when there is one
  any-convert JSON (--file FILE | --function FUNCTION)
      exit 0 when the findings of JSON (a list, as kbuild --format=json
      prints it) have a convert finding in FILE or FUNCTION, else 1
  compiles PATCH --srctree DIR --objtree DIR FILE.i...
      prints the FILE.i (made by make in the tree's output directory)
      that hold a line PATCH changes; exit 0 when one does, else 1

Errors (input that is not JSON, a bug here) say so on stderr and exit 2:
never 0 or 1, which would read as a result.
"""
import argparse
import os
import sys
import traceback

from gfpzero import compiled
from gfpzero import failures
from gfpzero import findings as fd
from gfpzero import prefilter
from gfpzero import series
from gfpzero import slice as cslice
from gfpzero import unparsed
from gfpzero.catalogue import Catalogue


def die(msg):
    print(f"gfpzero: error: {msg}", file=sys.stderr)
    sys.exit(2)


def read_values(path):
    try:
        return fd.read_jsonl(path)
    except fd.BadJSON as e:
        die(f"not JSON: {e}")
    except OSError as e:
        die(f"cannot read {path}: {e.strerror}")


def read_text(path):
    try:
        with open(path, encoding="latin-1") as f:
            return f.read()
    except OSError as e:
        die(f"cannot read {path}: {e.strerror}")


def read_list(path):
    """The last JSON value of PATH, the list jq -e would have tested."""
    values = read_values(path)
    return values[-1] if values else []


def cmd_report(args):
    values = read_values(args.findings)
    if args.cocci is not None:
        values = fd.both(values, read_values(args.cocci))
    if args.relative_to is not None:
        values = fd.relative(values, args.relative_to + "/")
    found, inventory = fd.merge(values)
    out = sys.stdout
    if args.format == "json":
        out.write(fd.dumps(found + inventory if args.inventory else found, 2))
        out.write("\n")
    else:
        for line in fd.text_lines(found, args.severity or "warning"):
            out.write(line + "\n")
        if args.inventory:
            for line in fd.inventory_lines(inventory):
                out.write(line + "\n")
        out.flush()
        print(fd.summary(found, scanned=args.scanned, tree=args.tree),
              file=sys.stderr)
    return 1 if found else 0


def cmd_cocci_json(args):
    given = {}
    if args.abs:
        with open(args.abs, encoding="utf-8", errors="surrogateescape") as f:
            for line in f.read().splitlines():
                cols = line.split("\t")
                if len(cols) > 1:
                    given[cols[0]] = cols[1]
    text = "".join(line for line in sys.stdin.read().splitlines(True)
                   if line.startswith("{"))
    try:
        values = fd.parse_jsonl(text, "spatch")
    except fd.BadJSON as e:
        print(f"gfpzero-tool: {e}", file=sys.stderr)
        return 2
    out = []
    for v in values:
        if isinstance(v, dict):
            v = dict(v, file=given.get(v.get("file"), v.get("file")))
            alloc = v.get("alloc")
            if isinstance(alloc, dict) and fd.truthy(alloc.get("file")):
                v["alloc"] = dict(alloc, file=given.get(alloc["file"],
                                                        alloc["file"]))
        out.append(v)
    out = fd.select_checks(out, args.checks)
    if args.unique:
        sys.stdout.write(fd.dumps(fd.unique(out), 2) + "\n")
    else:
        sys.stdout.write("".join(fd.dumps(v) + "\n" for v in out))
    return 0


def read_map(path, first_wins=False):
    """MAP's lines "KEY<TAB>VALUE" as a dict, and its keys in order."""
    given, keys = {}, []
    with open(path, encoding="latin-1") as f:
        for line in f.read().splitlines():
            cols = line.split("\t")
            keys.append(cols[0])
            if len(cols) > 1 and not (first_wins and cols[0] in given):
                given[cols[0]] = cols[1]
    return given, keys


def read_arities(path):
    arities = []
    with open(path, encoding="latin-1") as f:
        for line in f.read().splitlines():
            name, _, arity = line.partition(" ")
            arities.append((name, int(arity)))
    return arities


def cmd_prefilter(args):
    cat = Catalogue(args.catalogue)
    kinds = prefilter.Kinds(cat, read_arities(args.arities))
    files = [f for f in sys.stdin.buffer.read().decode("latin-1").split("\0")
             if f]
    try:
        relevant = prefilter.prefilter(files, kinds, args.jobs)
    except OSError as e:
        die(f"cannot read {e.filename}: {e.strerror}")
    sys.stdout.write("".join(f + "\n" for f in relevant))
    return 0


def slice_names(cat):
    return set(cat.with_suffixes(cat.names({"ALLOC", "ZERO", "PUBLISH"})))


def cmd_slice(args):
    names = slice_names(Catalogue(args.catalogue))
    given, files = read_map(args.abs)
    try:
        copies = cslice.slice_files(files, names, args.dir)
    except OSError as e:
        die(f"cannot read {e.filename}: {e.strerror}")
    copy = {f: c for f, c in copies if c}
    with open(args.origin, "w", encoding="latin-1") as f:
        f.write("".join(f"{c}\t{p}\n" for p, c in copies if c))
    with open(args.abs, encoding="latin-1") as f:
        lines = f.read().splitlines()
    with open(args.abs, "w", encoding="latin-1") as f:
        for line in lines:
            path, tab, rest = line.partition("\t")
            f.write(f"{copy.get(path, path)}\t{rest}\n")
    return 0


def cmd_unparsed(args):
    cat = Catalogue(args.catalogue)
    names = set(cat.with_suffixes(cat.names({"ALLOC", "ZERO"})))
    given, _ = read_map(args.abs, first_wins=True)
    given = {k: v for k, v in given.items() if v}
    with open(args.spatch_err, encoding="latin-1") as f:
        err = f.read()
    msgs = unparsed.messages(err, given, names)
    for m in msgs:
        print(m, file=sys.stderr)
    return 2 if msgs else 0


def read_bases(path):
    bases = []
    with open(path, encoding="latin-1") as f:
        for line in f.read().splitlines():
            base, _, file = line.partition("\t")
            bases.append((base, file))
    return bases


def read_pairs(path):
    with open(path, encoding="latin-1") as f:
        return [tuple((line.split("\t") + [""])[:2])
                for line in f.read().splitlines()]


def cmd_spatch_failed(args):
    origin = dict(read_pairs(args.origin))
    given = failures.given_files(origin, read_pairs(args.abs))
    with open(args.spatch_err, encoding="latin-1") as f:
        msgs = failures.spatch_failures(f.read(), given)
    sys.stderr.buffer.write("".join(m + "\n" for m in msgs).encode("latin-1"))
    return 2 if msgs else 0


def cmd_crash_where(args):
    with open(args.log, encoding="latin-1") as f:
        where = failures.compiler_crash(f.read(), args.file)
    if where is not None:
        sys.stdout.buffer.write((where + "\n").encode("latin-1"))
    return 0


def cmd_diff_paths(args):
    lines = series.diff_lines(sys.stdin.buffer.read().decode("latin-1"))
    if args.given:
        lines = series.given_paths(lines, read_map(args.given)[0])
    else:
        bases = read_bases(args.relabel)
        lines = series.relabel(series.in_order(lines, bases), bases)
    sys.stdout.buffer.write("".join(line + "\n" for line in lines)
                            .encode("latin-1"))
    return 0


def cmd_split_diff(args):
    with open(args.diff, encoding="latin-1") as f:
        files = series.split_diff(f.read())
    bases = read_bases(args.bases)
    index = []
    for n, (rel, lines) in enumerate(files, 1):
        with open(os.path.join(args.dir, f"{n}.diff"), "wb") as f:
            f.write("".join(line + "\n" for line in lines).encode("latin-1"))
        index.append(f"{n}\t{rel}\t{series.disk_path(rel, bases)}\n")
    if index:
        with open(os.path.join(args.dir, "index"), "w",
                  encoding="latin-1") as f:
            f.write("".join(index))
    return 0


def cmd_series(args):
    with open(args.diff, encoding="latin-1") as f:
        diff = f.read()
    paths = series.write_series(diff, read_bases(args.bases),
                                read_list(args.findings), args.dir,
                                args.version)
    if not paths:
        print("gfpzero: nothing to convert", file=sys.stderr)
    sys.stdout.write("".join(p + "\n" for p in paths))
    return 0


def cmd_plumbing(args):
    # the semantic patch's own test, with its catalogue
    from engine import analyse, tables
    from engine import catalogue as reader
    if not tables.GZ_NO_USER_ADDR:
        reader.load(tables)
    bad = [f for f in args.files if not analyse.gz_plumbing(f)]
    for f in bad:
        print(f)
    return 1 if bad else 0


def cmd_any_convert(args):
    values = read_list(args.json)
    return 0 if series.any_convert(values, args.file, args.function) else 1


def cmd_compiles(args):
    patch = read_text(args.patch)
    found = 0
    for name in args.preprocessed:
        if compiled.compiles(patch, read_text(name), args.srctree,
                             args.objtree):
            print(name)
            found += 1
    return 0 if found else 1


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="gfpzero-tool",
                                     description="bin/gfpzero's data handling")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("report", help="print merged findings")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("--severity", default="")
    p.add_argument("--inventory", action="store_true")
    p.add_argument("--cocci", metavar="COCCI_JSONL")
    p.add_argument("--relative-to", metavar="KDIR")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--scanned", type=int, default=0)
    where.add_argument("--tree", metavar="KDIR")
    p.add_argument("findings", metavar="FINDINGS_JSONL")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("cocci-json", help="spatch's JSON lines, paths as given")
    p.add_argument("--abs", metavar="MAP")
    p.add_argument("--checks", default="all")
    p.add_argument("--unique", action="store_true")
    p.set_defaults(func=cmd_cocci_json)

    p = sub.add_parser("prefilter", help="the files that can hold a finding")
    p.add_argument("--catalogue", required=True)
    p.add_argument("--arities", required=True)
    p.add_argument("--jobs", type=int, default=1)
    p.set_defaults(func=cmd_prefilter)

    p = sub.add_parser("slice", help="the copies spatch is given")
    p.add_argument("--catalogue", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("--abs", required=True, metavar="MAP")
    p.add_argument("--origin", required=True)
    p.set_defaults(func=cmd_slice)

    p = sub.add_parser("unparsed", help="parse errors that lose findings")
    p.add_argument("--catalogue", required=True)
    p.add_argument("--abs", required=True, metavar="MAP")
    p.add_argument("spatch_err")
    p.set_defaults(func=cmd_unparsed)

    p = sub.add_parser("spatch-failed", help="spatch's failures, as errors")
    p.add_argument("--origin", required=True)
    p.add_argument("--abs", required=True, metavar="MAP")
    p.add_argument("spatch_err")
    p.set_defaults(func=cmd_spatch_failed)

    p = sub.add_parser("crash-where", help="where the compiler crashed")
    p.add_argument("--file", default="?")
    p.add_argument("log")
    p.set_defaults(func=cmd_crash_where)

    p = sub.add_parser("diff-paths", help="the paths of spatch's diff")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--given", metavar="MAP")
    which.add_argument("--relabel", metavar="BASES")
    p.set_defaults(func=cmd_diff_paths)

    p = sub.add_parser("split-diff", help="the conversion diff per file")
    p.add_argument("--bases", required=True)
    p.add_argument("--dir", required=True)
    p.add_argument("diff")
    p.set_defaults(func=cmd_split_diff)

    p = sub.add_parser("series", help="write the patch series")
    p.add_argument("--bases", required=True)
    p.add_argument("--findings", required=True, metavar="JSON")
    p.add_argument("--dir", required=True)
    p.add_argument("--version", required=True)
    p.add_argument("diff")
    p.set_defaults(func=cmd_series)

    p = sub.add_parser("plumbing", help="files without USER_ADDR_NONE")
    p.add_argument("files", nargs="+")
    p.set_defaults(func=cmd_plumbing)

    p = sub.add_parser("any-convert")
    p.add_argument("json")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--file")
    which.add_argument("--function")
    p.set_defaults(func=cmd_any_convert)

    p = sub.add_parser("compiles")
    p.add_argument("patch")
    p.add_argument("--srctree", required=True)
    p.add_argument("--objtree", required=True)
    p.add_argument("preprocessed", nargs="+")
    p.set_defaults(func=cmd_compiles)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 2
    except KeyboardInterrupt:	# ^C: bin/gfpzero's trap says so
        return 130
    except Exception:	# pylint: disable=broad-except
        traceback.print_exc()
        return 2


if __name__ == "__main__":
    sys.exit(main())
