# SPDX-License-Identifier: GPL-2.0-only
"""A unified diff read into files and hunks, and made anew, file by file,
from what a rewrite makes of each (lib/gfpzero-blanks.py and
lib/gfpzero-comments.py rewrite spatch's conversion diff so)."""
import subprocess
import tempfile


def parse(text):
    """The diff as [(header lines, path, [hunk], raw lines)], a hunk as
    (old start, [lines])."""
    files = []
    cur = None
    for line in text.split("\n"):
        if line.startswith("--- "):
            cur = ([line], line[4:].split("\t")[0], [], [])
            files.append(cur)
            cur[3].append(line)
            continue
        if cur is None:
            continue
        cur[3].append(line)
        if line.startswith("+++ ") and not cur[2]:
            cur[0].append(line)
        elif line.startswith("@@ -"):
            old = line.split()[1][1:].split(",")[0]
            cur[2].append((int(old), []))
        elif cur[2] and line[:1] in (" ", "-", "+"):
            cur[2][-1][1].append(line)
    return files


def rediff(text, rewrite):
    """TEXT, a diff, with each file's part made anew with "diff -u -p"
    from what REWRITE(path, hunks) returns for it: the new text of the
    file, or None to keep that part as it was."""
    out = []
    for header, path, hunks, raw in parse(text):
        new = rewrite(path, hunks)
        if new is None:
            out.append("\n".join(raw).rstrip("\n"))
            continue
        with tempfile.NamedTemporaryFile("w", encoding="utf-8",
                                         errors="surrogateescape") as tmp:
            tmp.write(new)
            tmp.flush()
            label_old = header[0][4:]
            label_new = header[1][4:] if len(header) > 1 else label_old
            d = subprocess.run(["diff", "-u", "-p", "--label", label_old,
                                "--label", label_new, path, tmp.name],
                               stdout=subprocess.PIPE, check=False,
                               encoding="utf-8", errors="surrogateescape")
        out.append(d.stdout.rstrip("\n"))
    return "\n".join(out) + "\n" if out else ""
