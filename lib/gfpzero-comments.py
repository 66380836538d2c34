#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Take the comment that describes a removed zeroing with it.

Reads the conversion diff spatch printed (paths readable from the current
directory) on standard input and prints it again, each file's diff made
anew with "diff -u -p", where a comment block that stands right above a
run of removed lines (no blank line between) and starts a piece of code
of its own (after a blank line, a ";", a "{", a "}" or a label) is removed
too: it described the zeroing, which is gone.  Coccinelle keeps such a
comment when no blank line precedes it (Linux 7.2's alloc_anon_folio).

The GCC plugin's fix-its decide the same way (plugin/fixit.c).
"""
import sys

from gfpzero.rediff import rediff


def removed_runs(hunks):
    """The runs of removed old lines no added line replaces: [(a, b)]."""
    runs = []
    for start, lines in hunks:
        n = start
        i = 0
        while i < len(lines):
            if lines[i][0] != "-":
                if lines[i][0] == " ":
                    n += 1
                i += 1
                continue
            a = n
            j = i
            while j < len(lines) and lines[j][0] == "-":
                j += 1
                n += 1
            before = lines[i - 1][0] if i else " "
            after = lines[j][0] if j < len(lines) else " "
            if before != "+" and after != "+":
                runs.append((a, n - 1))
            i = j
    return runs


def opens_code(line):
    """Can a comment block start after LINE (1-based old text)?"""
    s = line.strip()
    return not s or s[-1] in ";{}:" or s.endswith("*/")


def comment_above(old, a):
    """The lines (c, k) of the comment block right above old line A."""
    k = a - 1
    if k < 1:
        return None
    s = old[k - 1].strip()
    if s.startswith("//"):
        c = k
        while c > 1 and old[c - 2].strip().startswith("//"):
            c -= 1
    elif s.endswith("*/"):
        c = k
        while c >= 1 and "/*" not in old[c - 1]:
            c -= 1
        if c < 1 or not old[c - 1].strip().startswith("/*") or \
           "*/" in old[c - 1].strip()[2:-2] and c != k:
            return None
        if any("*/" in old[i - 1] for i in range(c, k)):
            return None
    else:
        return None
    if c > 1 and not opens_code(old[c - 2]):
        return None
    return c, k


def rewrite(path, hunks):
    """The new text of PATH, with the comments of removed runs gone too;
    None when nothing more goes."""
    with open(path, encoding="utf-8", errors="surrogateescape") as fp:
        old = fp.read().split("\n")
    extra = set()
    for a, b in removed_runs(hunks):
        c = comment_above(old, a)
        if c is not None:
            extra.update(range(c[0], c[1] + 1))
    if not extra:
        return None
    new = []
    n = 1
    for start, lines in hunks:
        while n < start:
            if n not in extra:
                new.append(old[n - 1])
            n += 1
        for line in lines:
            if line[0] == "+":
                new.append(line[1:])
                continue
            if line[0] == " " and n not in extra:
                new.append(old[n - 1])
            n += 1
    while n <= len(old):
        if n not in extra:
            new.append(old[n - 1])
        n += 1
    return "\n".join(new)


def main():
    sys.stdout.write(rediff(sys.stdin.read(), rewrite))


if __name__ == "__main__":
    main()
