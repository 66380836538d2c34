# SPDX-License-Identifier: GPL-2.0-only
"""The parse errors spatch reported (--verbose-parsing) in a function of
a file it was given that calls a catalogue allocator or zeroing helper:
spatch skipped that function, so a finding there would be missed.
Parse errors elsewhere (kernel macros spatch does not know, in code
without those calls) lose nothing and are not reported."""
import re

from . import clex

PARSE_ERROR = re.compile(r'^ = File "(.*)", line ([0-9]*), column')


def parse_errors(spatch_err):
    """The (file, line) spatch names, each once, as sort -u orders the
    lines "FILE<TAB>LINE"."""
    seen = set()
    for line in spatch_err.splitlines():
        m = PARSE_ERROR.match(line)
        if m:
            seen.add(m.group(1) + "\t" + m.group(2))
    return [tuple(s.split("\t", 1)) for s in sorted(seen)]


def messages(spatch_err, given, names):
    """One message for each parse error in a function of a file of GIVEN
    (spatch's path: the path as the user gave it) that calls one of
    NAMES."""
    out = []
    for path, line in parse_errors(spatch_err):
        if path not in given or not line:
            continue
        try:
            lines = clex.read_lines(path)
        except OSError:
            continue
        span = clex.function_at(lines, int(line))
        if span is None:
            continue
        start, end = span
        name = clex.first_word("\n".join(lines[start - 1:end]), names)
        if name is None:
            continue
        fn = clex.function_name(lines[start - 1])
        out.append(f"gfpzero: error: {given[path]}:{line}: Coccinelle cannot "
                   f"parse {fn}() (lines {start}-{end}), which calls "
                   f"{name}(): spatch skips it, so its findings would be missed")
    return out
