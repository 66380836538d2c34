# SPDX-License-Identifier: GPL-2.0-only
"""gfpzero patch --series and --in-place: the conversion diff split per
file and per converted function, and what the patches of a series say,
from the semantic patch's findings for the converted files (a list of
objects, as findings.unique() orders them).

A hunk goes with the function around its first changed line, found by
the kernel's layout (clex.functions()); a static callee's hunks go with
the caller that allocates the page: one patch per allocation."""
import email.utils
import os
import re
import subprocess

from . import clex
from .findings import get, tostring, truthy, unique


def _endswith(value, suffix):
    return isinstance(value, str) and value.endswith(suffix)


def _alloc_function(v):
    return get(get(v, "alloc"), "function")


def group_of(findings, rel, function):
    """The allocation's function of the first convert finding in REL that
    involves FUNCTION (a static callee goes with its caller), else
    FUNCTION."""
    for v in findings:
        if (get(v, "action") == "convert" and _endswith(get(v, "file"), rel) and
                (get(v, "function") == function or
                 _alloc_function(v) == function)):
            group = _alloc_function(v)
            return group if truthy(group) else function
    return function


def body(findings, rel, group):
    """Why the patch of GROUP (a function of REL) converts it, unwrapped."""
    mine = [v for v in findings if get(v, "action") == "convert" and
            _endswith(get(v, "file"), rel) and _alloc_function(v) == group]
    x = mine[0] if mine else None
    f = get(x, "file")
    base = f.split("/")[-1] if isinstance(f, str) else tostring(f)
    checks = ", ".join(tostring(c) for c in unique(get(v, "check") for v in mine))
    return (f"{group}() allocates a user page with "
            f"{tostring(get(get(x, 'alloc'), 'callee'))}() and then zeroes it "
            f"by hand ({base}:{tostring(get(x, 'line'))}, in "
            f"{tostring(get(x, 'function'))}()).\n"
            "With init_on_alloc=1 the page allocator has already zeroed it in\n"
            "post_alloc_hook(), so it is zeroed twice; on architectures with\n"
            "aliasing data caches the second pass is clear_user_highpage()'s\n"
            "per-cache-line flush path.\n\n"
            "Pass __GFP_ZERO instead, with the faulting user address, so that the\n"
            "allocator zeroes the page once with folio_zero_user(), which leaves the\n"
            "cache lines of the faulting address hot, and drop the hand zeroing.\n\n"
            f"Found by gfpzero (check: {checks}).\n")


def _site(v, root):
    f = get(v, "file")
    if isinstance(f, str) and f.startswith(root):
        f = f[len(root):]
    return (f"  {tostring(f)}:{tostring(get(v, 'line'))} "
            f"{tostring(get(v, 'function'))}()")


def cover_converted(findings, root):
    """The cover letter's list of the converted sites, ROOT/ left off."""
    return [f"{_site(v, root)} [{tostring(get(v, 'check'))}]"
            for v in findings if get(v, "action") == "convert"]


def cover_reported(findings, root):
    """The cover letter's list of the sites left as they are."""
    out = []
    for v in findings:
        if get(v, "action") != "report":
            continue
        reason = get(v, "reason")
        why = ": " + tostring(reason) if truthy(reason) else ""
        out.append(f"{_site(v, root)} [{tostring(get(v, 'check'))}{why}]")
    return out or ["  none"]


def any_convert(findings, file=None, function=None):
    """A convert finding in FILE, or in (or allocated in) FUNCTION."""
    for v in findings if isinstance(findings, list) else []:
        if get(v, "action") != "convert":
            continue
        if file is not None and get(v, "file") == file:
            return True
        if function is not None and function in (get(v, "function"),
                                                 _alloc_function(v)):
            return True
    return False


# ---- the diff's paths -------------------------------------------------------

def diff_lines(text):
    """TEXT's lines as awk reads them (a last line without its newline
    is a line)."""
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    return lines


def given_paths(lines, given):
    """spatch's diff with each "--- " path as the user gave it (GIVEN:
    spatch's path, the copy or the absolute path, to the given one)."""
    out = []
    for line in lines:
        if line.startswith("--- "):
            path, tab, rest = line[4:].partition("\t")
            if path in given:
                line = "--- " + given[path] + tab + rest
        out.append(line)
    return out


def in_order(lines, bases):
    """spatch's diff with its files in the order of BASES ((BASE, FILE)
    pairs, the order the user's PATHs gave them): with --jobs, spatch's
    workers print them in the order they finish.  A file's part starts
    at its "diff " line, or at its "--- " line (followed by "+++ ": not
    a removed line "-- ...") when it has none."""
    rank = {file: n for n, (_, file) in enumerate(bases)}
    head = []
    parts = []
    for i, line in enumerate(lines):
        starts = line.startswith("diff ") or (
            line.startswith("--- ") and
            lines[i + 1:i + 2] and lines[i + 1].startswith("+++ ") and
            not (i and lines[i - 1].startswith("diff ")))
        if starts:
            parts.append([])
        (parts[-1] if parts else head).append(line)

    def key(part):
        for line in part:
            if line.startswith("--- "):
                return rank.get(line[4:].split("\t", 1)[0], len(rank))
        return len(rank)
    return head + [line for part in sorted(parts, key=key) for line in part]


def relabel(lines, bases):
    """The diff with "--- a/REL" and "+++ b/REL", REL relative to the PATH
    argument the file came from (BASES: (BASE, FILE) pairs)."""
    base = {file: b for b, file in bases}
    out = []
    rel = ""
    for line in lines:
        if line.startswith("--- "):
            rel = line[4:].split("\t", 1)[0]
            b = base.get(rel, "")
            if b and rel.startswith(b + "/"):
                rel = rel[len(b) + 1:]
            rel = rel[2:] if rel.startswith("./") else rel
            out.append("--- a/" + rel)
        elif line.startswith("+++ ") and rel:
            out.append("+++ b/" + rel)
            rel = ""
        else:
            out.append(line)
    return out


# ---- the diff, split ---------------------------------------------------------

def split_diff(text):
    """The relabelled diff ("--- a/REL") as [(REL, [lines])], one a file,
    each from its "--- " line; what comes before the first is dropped."""
    files = []
    for line in text.split("\n")[:-1] if text.endswith("\n") else text.split("\n"):
        if line.startswith("--- a/"):
            files.append((line[6:], []))
        if files:
            files[-1][1].append(line)
    return files


def disk_path(rel, bases):
    """The file REL names: the first of BASES ((BASE, FILE) pairs, a
    file and the PATH argument it came from) that is BASE/REL."""
    for base, file in bases:
        if file in (f"{base}/{rel}", f"./{rel}", rel):
            return file
    return ""


def hunks(diff):
    """(CHANGED, FIRST, LAST) of each hunk of one file's DIFF lines: the
    old line number of its first changed line (0: none), the indexes of
    its header and of its last line (from 0)."""
    out = []
    first = changed = old = None
    for i, line in enumerate(diff):
        if line.startswith("@@ "):
            if first is not None:
                out.append((changed, first, i - 1))
            old = int(line.split()[1].split(",")[0][1:] or 0)
            first, changed = i, 0
            continue
        if first is None:
            continue
        if line[:1] in ("-", "+") and not changed:
            changed = old
        if line[:1] in (" ", "-"):
            old += 1
    if first is not None:
        out.append((changed, first, len(diff) - 1))
    return out


def function_of(functions, n):
    """The name of the function of FUNCTIONS ((name, header, close)) around
    line N, or "?"."""
    for name, start, end in functions:
        if start <= n <= end:
            return name
    return "?"


def named_functions(lines):
    """The functions of LINES (clex.functions()) that have a name."""
    out = []
    for start, _, end in clex.functions(lines):
        header = lines[start - 1]
        if "(" in header and clex.function_name(header):
            out.append((clex.function_name(header), start, end))
    return out


def group_hunks(files, bases, findings):
    """Each hunk of FILES (split_diff()) with its group, "REL:FUNCTION" (the
    converted allocation's function), in the order of the diff:
    [(group, file index, first, last)]."""
    out = []
    for k, (rel, diff) in enumerate(files):
        path = disk_path(rel, bases)
        try:
            fns = named_functions(clex.read_lines(path)) if path else []
        except OSError:
            fns = []
        for changed, first, last in hunks(diff):
            fn = function_of(fns, changed)
            out.append((f"{rel}:{group_of(findings, rel, fn)}", k, first, last))
    return out


# ---- the patches -------------------------------------------------------------

def subject_prefix(rel):
    """The subsystem a patch to REL is named after."""
    parts = rel.split("/")
    stem = os.path.basename(rel.rsplit(".", 1)[0] if "." in rel else rel)
    if rel.startswith("mm/"):
        return "mm"
    if parts[0] in ("fs", "drivers", "arch", "net") and len(parts) > 2:
        return parts[1]
    if rel.startswith("include/linux/"):
        return stem
    if len(parts) > 1:
        return parts[0]
    return stem


def patch_name(num, subject):
    """git format-patch's file name for patch NUM with SUBJECT."""
    slug = re.sub(r"[^A-Za-z0-9]+", "-", subject).strip("-")
    return f"{num:04d}-{slug[:52]}.patch"


def ident():
    """"NAME <EMAIL>" from git config, or ""."""
    def config(key):
        try:
            return subprocess.run(["git", "config", key], capture_output=True,
                                  text=True).stdout.rstrip("\n")
        except OSError:
            return ""
    name, mail = config("user.name"), config("user.email")
    return f"{name} <{mail}>" if name and mail else ""


def fmt(text):
    """TEXT filled to 72 columns by fmt(1), as git's own tools would."""
    return subprocess.run(["fmt", "-w", "72"], input=text, check=True,
                          capture_output=True, text=True).stdout


def header(who, subject):
    return ("From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n"
            f"From: {who or 'gfpzero <gfpzero@localhost>'}\n"
            f"Date: {email.utils.formatdate(localtime=True)}\n"
            f"Subject: {subject}\n\n")


def cover_letter(total, findings, root, who, version):
    return (header(who, f"[PATCH 0/{total}] use __GFP_ZERO for hand-zeroed "
                   "user pages") +
            "These callers allocate a user page and then zero it by hand. With\n"
            "init_on_alloc=1 the page is zeroed twice, the second time through the\n"
            "cache-flush path on aliasing-cache architectures. Each patch passes\n"
            "__GFP_ZERO with the faulting user address instead, so that the\n"
            "allocator zeroes the page once with folio_zero_user().\n\n"
            "Converted:\n" +
            "".join(line + "\n" for line in cover_converted(findings, root)) +
            "\nLeft as they are (converting them would be wrong):\n" +
            "".join(line + "\n" for line in cover_reported(findings, root)) +
            "\n" + (f"Signed-off-by: {who}\n" if who else "") +
            f"\n-- \ngfpzero {version}\n")


def _latin1(lines):
    """Lines of the diff, read a character a byte, as bytes again."""
    return "".join(line + "\n" for line in lines).encode("latin-1")


def patch(num, total, group, files, groups, findings, who, version):
    """The file name and the bytes of patch NUM of TOTAL: GROUP's hunks."""
    rel, fn = group.split(":", 1)
    subject = f"{subject_prefix(rel)}: use __GFP_ZERO in {fn}"
    mine = [g for g in groups if g[0] == group]
    diff = files[mine[0][1]][1]
    text = (header(who, f"[PATCH {num}/{total}] {subject}") +
            fmt(body(findings, rel, fn) + "\n") +
            (f"Signed-off-by: {who}\n" if who else "") +
            "---\n\n").encode() + _latin1([f"diff --git a/{rel} b/{rel}"] +
                                          diff[:2])
    for _, _, first, last in mine:
        text += _latin1(diff[first:last + 1])
    return patch_name(num, subject), text + f"-- \ngfpzero {version}\n".encode()


def write_series(diff_text, bases, findings, directory, version):
    """The series in DIRECTORY: the cover letter, then a patch a group;
    their paths, or [] when the diff converts nothing."""
    files = split_diff(diff_text)
    if not files:
        return []
    root = (bases[0][0] if bases else "") + "/"	# jq's ltrimstr("$ROOT/")
    groups = group_hunks(files, bases, findings)
    order = list(dict.fromkeys(g[0] for g in groups))
    who = ident()
    paths = [os.path.join(directory, "0000-cover-letter.patch")]
    with open(paths[0], "w", encoding="utf-8") as f:
        f.write(cover_letter(len(order), findings, root, who, version))
    for num, group in enumerate(order, 1):
        name, text = patch(num, len(order), group, files, groups, findings,
                           who, version)
        paths.append(os.path.join(directory, name))
        with open(paths[-1], "wb") as f:
            f.write(text)
    return paths
