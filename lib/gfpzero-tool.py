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
  prefilter --catalogue CAT --arities FILE
      of the files named on stdin (each ended by a NUL), those that can
      hold a finding, one a line, in their order (FILE: the lines
      "NAME ARITY" of cocci/gen-catalogue --arities)
  slice --catalogue CAT --dir DIR --abs MAP --origin ORIGIN
      the copy of each file of MAP (its first column) that spatch is
      given, in DIR where a body is blanked; ORIGIN: "COPY<TAB>FILE";
      MAP rewritten with the copy in place of the file
  unparsed --catalogue CAT --abs MAP SPATCH_ERR
      the parse errors that lose a finding, one message a line; exit 2
      when there is one
  series-group-of JSON FILE FUNCTION
  series-body JSON FILE GROUP
  series-cover JSON ROOT converted|reported
  any-convert JSON (--file FILE | --function FUNCTION)
      the series' questions to the semantic patch's findings (JSON, a
      list); any-convert exits 0 when there is such a finding, else 1

Errors (input that is not JSON, a bug here) say so on stderr and exit 2:
never 0 or 1, which would read as a result.
"""
import argparse
import sys
import traceback

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
        relevant = prefilter.prefilter(files, kinds)
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


def cmd_group_of(args):
    print(series.group_of(read_list(args.json), args.file, args.function))
    return 0


def cmd_body(args):
    sys.stdout.write(series.body(read_list(args.json), args.file, args.group))
    sys.stdout.write("\n")
    return 0


def cmd_cover(args):
    values = read_list(args.json)
    root = args.root + "/"
    lines = (series.cover_converted(values, root) if args.what == "converted"
             else series.cover_reported(values, root))
    sys.stdout.write("".join(line + "\n" for line in lines))
    return 0


def cmd_any_convert(args):
    values = read_list(args.json)
    return 0 if series.any_convert(values, args.file, args.function) else 1


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

    p = sub.add_parser("series-group-of")
    p.add_argument("json")
    p.add_argument("file")
    p.add_argument("function")
    p.set_defaults(func=cmd_group_of)

    p = sub.add_parser("series-body")
    p.add_argument("json")
    p.add_argument("file")
    p.add_argument("group")
    p.set_defaults(func=cmd_body)

    p = sub.add_parser("series-cover")
    p.add_argument("json")
    p.add_argument("root")
    p.add_argument("what", choices=("converted", "reported"))
    p.set_defaults(func=cmd_cover)

    p = sub.add_parser("any-convert")
    p.add_argument("json")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--file")
    which.add_argument("--function")
    p.set_defaults(func=cmd_any_convert)
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        return 2
    except Exception:	# pylint: disable=broad-except
        traceback.print_exc()
        return 2


if __name__ == "__main__":
    sys.exit(main())
