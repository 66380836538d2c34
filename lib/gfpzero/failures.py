# SPDX-License-Identifier: GPL-2.0-only
"""What a compiler or spatch said when it failed, as one gfpzero error:
the findings of that unit or file are lost, so no result may look
complete."""
import re

COCCI_ERROR = "gfpzero.cocci: error: "
EXN = "EXN: "


def spatch_failures(spatch_err, given):
    """The messages for the semantic patch's failures in a function
    ("gfpzero.cocci: error: FILE: FUNCTION(): ...") and for spatch giving
    up on a file ("EXN: WHAT in FILE"), the file as the user gave it
    (GIVEN: a copy or an absolute path to it); each once, sorted."""
    out = set()
    for line in spatch_err.splitlines():
        if line.startswith(COCCI_ERROR):
            rest = line[len(COCCI_ERROR):]
            i = rest.find(": ")
            path, tail = (rest[:i], rest[i:]) if i >= 0 else ("", rest)
            out.add(f"gfpzero: error: {given.get(path, path)}{tail}")
        elif line.startswith(EXN):
            what = line[len(EXN):]
            i = what.rfind(" in ")
            path, what = (what[i + 4:], what[:i]) if i >= 0 else (what, "")
            if "Error in Python" in what:
                what = "an exception in its Python"
            out.add(f"gfpzero: error: {given.get(path, path)}: spatch gave up "
                    f"on this file ({what}): its findings would be missing")
    return sorted(out)


def given_files(origin, abs_map):
    """The path as the user gave it of each path spatch may name: the
    copy it was given, and the file the copy is of (ORIGIN: copy to
    absolute path; ABS_MAP: (spatch's path, path as given) in order)."""
    given = {}
    for path, as_given in abs_map:
        given[origin.get(path, path)] = as_given
        given[path] = as_given
    return given


def compiler_crash(log, file="?"):
    """Where the compiler crashed (an internal compiler error), "FILE:
    FUNCTION()" as it named them (FILE when it named none), or None."""
    if "internal compiler error" not in log:
        return None
    path = fn = ""
    for line in log.splitlines():
        if "In function " in line:
            s = re.sub(r".*In function [^A-Za-z_]*", "", line)
            m = re.match(r"[A-Za-z_][A-Za-z0-9_]*", s)
            fn = m.group() if m else ""
            path = re.sub(r": In function .*", "", line)
        if "internal compiler error" in line:
            return f"{path or file}: {fn or '?'}()"
    return None
