# SPDX-License-Identifier: GPL-2.0-only
"""gfpzero patch --validate: whether a unit compiles the lines a patch
changes.  The unit's preprocessed text (make DIR/FILE.i) says it: GCC's
line markers ('# LINE "FILE" FLAGS') name the file and line each line of
it comes from, and a line an #if leaves out is not there.  A header
whose generic definition an architecture replaces (x86_64's own
vma_alloc_zeroed_movable_folio) is compiled by the objects of another
architecture only."""
import os
import re

_HUNK = re.compile(r"^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@")
_MARKER = re.compile(r'^# (\d+) "((?:[^"\\]|\\.)*)"')


def changed_lines(patch):
    """{PATH: the lines of PATH, before the patch, that it removes or
    replaces}, PATH as the patch's "--- a/PATH" names it.  A hunk that
    only adds lines counts the line it adds after."""
    lines = {}
    path = None
    old = None
    added_at = None
    for text in patch.splitlines():
        if text.startswith("--- "):
            name = text[4:].split("\t")[0]
            path = name[2:] if name.startswith("a/") else name
            lines.setdefault(path, set())
            old = None
            continue
        m = _HUNK.match(text)
        if m and path is not None:
            old = int(m.group(1))
            added_at = None
            continue
        if old is None or text.startswith("+++ "):
            continue
        if text.startswith("-"):
            lines[path].add(old)
            old += 1
        elif text.startswith("+"):
            if added_at is None:
                added_at = max(old - 1, 1)
                lines[path].add(added_at)
        elif text.startswith(" ") or text == "":
            old += 1
            added_at = None
        # "\ No newline at end of file" and the like: nothing
    return {p: n for p, n in lines.items() if n}


def _unquote(name):
    return re.sub(r"\\(.)", r"\1", name)


def held_lines(preprocessed, srctree, objtree, rel):
    """The lines of SRCTREE/REL that PREPROCESSED (the text of a .i that
    make produced in OBJTREE) holds: not blank there, as a short run of
    lines an #if leaves out is (a comment is too)."""
    want = os.path.normpath(os.path.join(srctree, rel))
    held = set()
    here = None
    line = 0
    for text in preprocessed.splitlines():
        m = _MARKER.match(text)
        if m:
            name = _unquote(m.group(2))
            path = os.path.normpath(os.path.join(objtree, name))
            here = path == want
            line = int(m.group(1))
            continue
        if here and text.strip():
            held.add(line)
        line += 1
    return held


def compiles(patch, preprocessed, srctree, objtree):
    """True when PREPROCESSED holds a line that PATCH changes."""
    for rel, lines in changed_lines(patch).items():
        if lines & held_lines(preprocessed, srctree, objtree, rel):
            return True
    return False
