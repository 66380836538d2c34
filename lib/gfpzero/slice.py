# SPDX-License-Identifier: GPL-2.0-only
"""The copy of a C file that spatch is given, in which the body of every
function that cannot hold a fact of the semantic patch is blank.

The semantic patch collects its facts only in the functions that call a
catalogue name (an allocator, a zeroing helper, a publishing call: the
"direct" ones) and in the functions that call those; the others cost
parsing and matching and give nothing.  Every line is kept, blank or not,
so that each position in the copy is the same position in the file (the
semantic patch reads the text of its facts, and decides what is
exported, from the file itself).

A body is blanked only where the kernel's layout makes it certain: a
header at column 0 with a parenthesis (from its first line, after a blank
line, a ";", a "}" or a comment), "{" alone at column 0, the first "}" at
column 0 after it, braces balanced in between (outside comments, strings
and character constants) and so are the preprocessor's conditionals, no
other "{" at column 0.  Every identifier before a "(" in the header
counts as the function's name, and every identifier before a "(" in a
body as a call: more is kept, never less.  Where a catalogue name is in
code outside the bodies found (a macro, a function of another layout),
every name that piece of code calls or defines as a macro counts as the
name of a direct one.  Anything else is left as it is.  This is stricter
than clex.functions(), which only says where a function is.
"""
import os
import re

from . import clex

BREAKS_HEADER = re.compile(r"^[ \t]*$|;[ \t]*$|^[#}]|\*/[ \t]*$|\\$")
STARTS_HEADER = re.compile(r"^[A-Za-z_]")
OPEN = re.compile(r"^\{[ \t]*$")
IF = re.compile(r"^[ \t]*#[ \t]*if")
ENDIF = re.compile(r"^[ \t]*#[ \t]*endif")
DEFINE = re.compile(r"^[ \t]*#[ \t]*define[ \t]+([A-Za-z_][A-Za-z0-9_]*)")
BLANK = re.compile(r"^[ \t]*$")


class Body:
    def __init__(self, header, first, last, names, calls):
        self.header = header	# the header's first line
        self.first = first	# the body's lines, "{" and "}" left out
        self.last = last
        self.names = names
        self.calls = calls


def balanced(lines, first, last):
    """Lines FIRST..LAST (0-based) have their braces and their
    preprocessor conditionals balanced, and end outside a comment."""
    lexer = clex.LineLexer()
    depth, cond = 1, 0
    for line in lines[first:last + 1]:
        if IF.match(line):
            cond += 1
        elif ENDIF.match(line):
            cond -= 1
        code = lexer.strip(line)
        depth += code.count("{") - code.count("}")
        if depth < 1 or cond < 0:
            return False
    return depth == 1 and cond == 0 and not lexer.incomment


def bodies(lines):
    """The function bodies of LINES that can be blanked for certain."""
    out = []
    cand = None
    i = 0
    n = len(lines)
    while i < n:
        line = lines[i]
        if BREAKS_HEADER.search(line):
            cand = None
        elif STARTS_HEADER.match(line):
            if cand is None:
                cand = i
        elif OPEN.match(line) and cand is not None:
            body = _body(lines, cand, i)
            cand = None
            if body:
                out.append(body)
                i = body.last + 1	# the "}"
        i += 1
    return out


def _body(lines, h, i):
    """The body whose header begins at H and whose "{" is at I, or None."""
    header = " " + " ".join(lines[h:i])
    if "(" not in header or "=" in header:
        return None
    j = i + 1
    while j < len(lines) and lines[j][:1] not in ("{", "}"):
        j += 1
    if j >= len(lines) or lines[j].startswith("{"):
        return None
    if not balanced(lines, i + 1, j - 1):
        return None
    lexer = clex.LineLexer()
    code = " ".join(lexer.strip(line) for line in lines[h:j])
    names = [m.group(1) for m in clex.CALL.finditer(header)]
    return Body(h, i + 1, j - 1, names, clex.calls(code))


def outside_names(lines, bodies_, catalogue):
    """Where a catalogue name is in code outside BODIES_ (up to a blank
    line: a macro, a function of another layout), every name that piece
    calls or defines as a macro."""
    inside = set()
    for b in bodies_:
        inside.update(range(b.header, b.last + 2))
    out = set()
    lexer = clex.LineLexer()
    piece = []
    for i in range(len(lines) + 1):
        if i < len(lines) and i not in inside and not BLANK.match(lines[i]):
            code = lexer.strip(lines[i])
            m = DEFINE.match(code)
            if m:
                code += " " + m.group(1) + "("
            piece.append(code)
            continue
        if not piece:
            continue
        code = " " + " ".join(piece)
        if clex.idents(code) & catalogue:
            out |= clex.calls(code)
        piece = []
    return out


def slice_lines(lines, catalogue):
    """LINES with the bodies blank that call no catalogue name nor a
    function that does; and the number of bodies blanked."""
    found = bodies(lines)
    direct = set()
    for b in found:
        if b.calls & catalogue:
            direct.update(b.names)
    direct |= outside_names(lines, found, catalogue)
    out = list(lines)
    blanked = 0
    for b in found:
        if b.calls & catalogue or b.calls & direct:
            continue
        out[b.first:b.last + 1] = [""] * (b.last + 1 - b.first)
        blanked += 1
    return out, blanked


def slice_files(files, catalogue, directory):
    """For each of FILES, (FILE, COPY): COPY, DIRECTORY/<its number>_<its
    base name>, written only where a body was blanked, else "" (spatch is
    given FILE itself).  A file that cannot be read raises OSError."""
    out = []
    for n, path in enumerate(files, 1):
        lines, blanked = slice_lines(clex.read_lines(path), catalogue)
        copy = ""
        if blanked:
            copy = os.path.join(directory, f"{n}_{os.path.basename(path)}")
            clex.write_lines(copy, lines)
        out.append((path, copy))
    return out
