#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Keep the blank and comment lines Coccinelle 1.3 removes above removed
statements.

Reads the conversion diff spatch printed (paths readable from the current
directory) on standard input and prints it again.  Coccinelle 1.1 leaves
the blank lines and comments above the statements a semantic patch
removes; 1.3 removes them with the statements.  After a declaration that
leaves

	struct page *page = alloc_page_vma(GFP_HIGHUSER_MOVABLE | __GFP_ZERO, vma, vaddr);
	return page;

(checkpatch: missing a blank line after declarations), and a comment that
stands apart from the zeroing, which lib/gfpzero-comments.py keeps, would
go.  Removed lines that hold only blanks and comments are kept when a line
of code that stays (unchanged, or changed in place) is right above them
and removed code right below; a file's diff is then made anew with "diff
-u -p", and lib/gfpzero-comments.py decides about the comments as with
1.1.  The semantic patch itself removes no such line, so with 1.1 nothing
changes.
"""
import sys

from gfpzero.rediff import rediff


def trivia(old):
    """The 1-based numbers of the lines of OLD that hold nothing but blanks
    and comments."""
    lines = set()
    state = None	# None (code), "/*", '"' or "'"
    for n, line in enumerate(old, 1):
        code = False
        i = 0
        while i < len(line):
            c = line[i]
            if state == "/*":
                if line.startswith("*/", i):
                    state = None
                    i += 1
            elif state:
                code = True
                if c == "\\":
                    i += 1
                elif c == state:
                    state = None
            elif line.startswith("/*", i):
                state = "/*"
                i += 1
            elif line.startswith("//", i):
                break
            elif not c.isspace():
                code = True
                if c in "\"'":
                    state = c
            i += 1
        if state in ('"', "'"):
            state = None	# an unended literal ends with its line
        if not code:
            lines.add(n)
    return lines


def kept(lines, start, triv):
    """The indexes in a hunk's LINES (old text from line START) of the
    removed blank and comment lines to keep: {index: right here}, where
    "right here" is false when the line above is changed and they go
    below its new text."""
    olds = []
    n = start
    for line in lines:
        olds.append(n if line[0] != "+" else None)
        if line[0] != "+":
            n += 1
    keep = {}
    i = 0
    while i < len(lines):
        if lines[i][0] != "-" or olds[i] not in triv or i == 0:
            i += 1
            continue
        k = i
        while k < len(lines) and lines[k][0] == "-" and olds[k] in triv:
            k += 1
        # removed code below the run, a line of code that stays above it
        above = lines[i - 1]
        if k < len(lines) and lines[k][0] == "-" and \
           olds[i - 1] is not None and olds[i - 1] not in triv:
            here = None
            if above[0] == " ":
                here = True
            else:
                j = k
                while j < len(lines) and lines[j][0] == "-":
                    j += 1
                if j < len(lines) and lines[j][0] == "+":
                    here = False
            if here is not None:
                keep.update((x, here) for x in range(i, k))
        i = k
    return keep


def rewrite(path, hunks):
    """The new text of PATH with those lines kept; None if none is."""
    with open(path, encoding="utf-8", errors="surrogateescape") as fp:
        old = fp.read().split("\n")
    triv = trivia(old)
    keeps = [kept(lines, start, triv) for start, lines in hunks]
    if not any(keeps):
        return None
    new = []
    n = 1
    for (start, lines), keep in zip(hunks, keeps):
        while n < start:
            new.append(old[n - 1])
            n += 1
        pending = []
        for i, line in enumerate(lines):
            if line[0] == "+":
                new.append(line[1:])
                if i + 1 == len(lines) or lines[i + 1][0] != "+":
                    new.extend(pending)
                    pending = []
                continue
            if line[0] == " ":
                new.extend(pending)
                pending = []
                new.append(old[n - 1])
            elif i in keep:
                if keep[i]:
                    new.append(old[n - 1])
                else:
                    pending.append(old[n - 1])
            n += 1
        new.extend(pending)
    while n <= len(old):
        new.append(old[n - 1])
        n += 1
    return "\n".join(new)


def main():
    sys.stdout.write(rediff(sys.stdin.read(), rewrite))


if __name__ == "__main__":
    main()
