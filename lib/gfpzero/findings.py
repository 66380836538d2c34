# SPDX-License-Identifier: GPL-2.0-only
"""The findings: read as JSON Lines (the plugin's "json=" file, the
semantic patch's output), merged, printed as text or one JSON array.

A finding is an object with "file", "line", "column", "check",
"message", and optionally "alloc" (where the page was allocated),
"reason", "action", "function" and, from --backend=both, "backend" and
"disagree".  An inventory entry ("kind": "inventory") has "zeroing" and
"origin" instead of "check".  Objects are kept as read (their keys in
their order), and ordered as jq orders values, so that a merged list
reads the same whatever the order the compilers or spatch wrote it in.
"""
import json
import math


class BadJSON(Exception):
    """A line that is not JSON."""


def _number(text):
    """A JSON number as jq 1.6 holds it: an integer where it is one."""
    value = float(text)
    if value.is_integer() and abs(value) < 1e17:
        return int(value)
    return value


def loads(text):
    """One JSON value, numbers as jq reads them."""
    return json.loads(text, parse_float=_number)


def read_jsonl(path):
    """Every JSON value of PATH, one or more a line (blank lines skipped)."""
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        return parse_jsonl(f.read(), path)


def parse_jsonl(text, where="<stdin>"):
    """The JSON values of TEXT one after the other, as jq reads its input:
    one a line (JSON Lines), or a value over lines (a pretty array)."""
    values = []
    decoder = json.JSONDecoder(parse_float=_number)
    i, n = 0, len(text)
    while True:
        while i < n and text[i] in " \t\r\n":
            i += 1
        if i >= n:
            return values
        try:
            value, i = decoder.raw_decode(text, i)
        except ValueError as e:
            raise BadJSON(f"{where}:{text.count(chr(10), 0, i) + 1}: {e}") from None
        values.append(value)


def order(value):
    """A sort key that orders JSON values as jq does: null, false, true,
    numbers, strings, arrays, objects (by their sorted keys, then their
    values in that order)."""
    if value is None:
        return (0,)
    if value is False:
        return (1,)
    if value is True:
        return (2,)
    if isinstance(value, (int, float)):
        return (3, value)
    if isinstance(value, str):
        return (4, value)
    if isinstance(value, list):
        return (5, tuple(order(v) for v in value))
    keys = sorted(value)
    return (6, tuple(keys), tuple(order(value[k]) for k in keys))


def unique(values):
    """jq's unique: sorted, each value once."""
    out = []
    for v in sorted(values, key=order):
        if not out or order(out[-1]) != order(v):
            out.append(v)
    return out


def get(obj, key):
    """OBJ.KEY as jq reads it: null when OBJ is no object or has no KEY."""
    return obj.get(key) if isinstance(obj, dict) else None


def truthy(value):
    return value is not None and value is not False


def _dump_str(s):
    """A string as jq 1.6 writes it (DEL escaped, the rest as JSON)."""
    return json.dumps(s, ensure_ascii=False).replace("\x7f", "\\u007f")


def _dump_number(n):
    if isinstance(n, int):
        return str(n)
    if math.isinf(n):
        return "1.7976931348623157e+308" if n > 0 else "-1.7976931348623157e+308"
    if math.isnan(n):
        return "null"
    return repr(n)


def dumps(value, indent=None, level=0):
    """VALUE as jq 1.6 writes it: compact (jq -c) without INDENT, else
    pretty with INDENT spaces a level."""
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return _dump_number(value)
    if isinstance(value, str):
        return _dump_str(value)
    if isinstance(value, list):
        items = [dumps(v, indent, level + 1) for v in value]
        open_, close = "[", "]"
    else:
        items = [_dump_str(k) + (": " if indent else ":") +
                 dumps(v, indent, level + 1) for k, v in value.items()]
        open_, close = "{", "}"
    if not items:
        return open_ + close
    if not indent:
        return open_ + ",".join(items) + close
    pad = "\n" + " " * (indent * (level + 1))
    return (open_ + pad + ("," + pad).join(items) +
            "\n" + " " * (indent * level) + close)


def tostring(value):
    """VALUE in a jq string interpolation, "\\(VALUE)"."""
    return value if isinstance(value, str) else dumps(value)


def fmt(template, obj, **extra):
    """TEMPLATE with each {key} replaced by OBJ's key (or EXTRA's) as jq's
    string interpolation writes it."""
    fields = {k: tostring(get(obj, k)) for k in FIELDS}
    fields.update(extra)
    return template.format_map(fields)


FIELDS = ("file", "line", "column", "check", "message", "callee", "zeroing",
          "origin", "text", "function", "reason")


# ---- merging ---------------------------------------------------------------

def merge(values):
    """The findings (objects with a "check") and the inventory entries,
    each without duplicates (a header's finding is seen by every unit
    that includes it), in file, line, column (and check) order."""
    findings = unique(v for v in values if truthy(get(v, "check")))
    findings.sort(key=lambda v: (order(get(v, "file")), order(get(v, "line")),
                                 order(get(v, "column")), order(get(v, "check"))))
    inventory = unique(v for v in values if get(v, "kind") == "inventory")
    inventory.sort(key=lambda v: (order(get(v, "file")), order(get(v, "line")),
                                  order(get(v, "column"))))
    return findings, inventory


def _tag(v):
    reason = get(v, "reason")
    tag = tostring(get(v, "check"))
    if truthy(reason):
        tag += " (" + tostring(reason) + ")"
    return tag


def _say(tags):
    return ", ".join(tags) if tags else "nothing"


def _with(obj, **kv):
    """OBJ + KV as jq adds objects: a key OBJ has keeps its place."""
    out = dict(obj)
    out.update(kv)
    return out


def _group_by(values, key):
    groups = []
    for v in sorted(values, key=key):
        if groups and key(groups[-1][0]) == key(v):
            groups[-1].append(v)
        else:
            groups.append([v])
    return groups


def both(plugin, cocci):
    """--backend=both: the plugin's and the semantic patch's findings
    merged per site (file and line): one finding with "backend": "both"
    where they agree; where they do not, every finding of the site with a
    "disagree" note saying what each found there."""
    tagged = ([_with(v, backend="plugin") for v in plugin] +
              [_with(v, backend="cocci") for v in cocci])
    out = []
    site = lambda v: order([get(v, "file"), get(v, "line")])
    for group in _group_by(tagged, site):
        p = unique(_tag(v) for v in group if v["backend"] == "plugin")
        c = unique(_tag(v) for v in group if v["backend"] == "cocci")
        what = lambda v: order([get(v, "check"), get(v, "reason")
                                if truthy(get(v, "reason")) else ""])
        for same in _group_by(group, what):
            backends = unique(v["backend"] for v in same)
            merged = _with(same[0], backend="both" if len(backends) == 2
                           else backends[0])
            if p != c:
                merged = _with(merged, disagree={
                    "file": get(same[0], "file"),
                    "line": get(same[0], "line"),
                    "text": f"plugin: {_say(p)}; cocci: {_say(c)}"})
            out.append(merged)
    return out


def relative(values, kdir):
    """kbuild: each "file" (and the allocation's) relative to KDIR, as
    make names the units it compiles from there ("./", "KDIR/")."""
    def rel(path):
        if not isinstance(path, str):
            return path
        path = path[2:] if path.startswith("./") else path
        return path[len(kdir):] if kdir and path.startswith(kdir) else path

    out = []
    for v in values:
        if isinstance(v, dict):
            # jq's .file |= ...: a missing "file" becomes null
            v = _with(v, file=rel(v.get("file")))
            alloc = v.get("alloc")
            if truthy(alloc) and isinstance(alloc, dict):
                v = _with(v, alloc=_with(alloc, file=rel(alloc.get("file"))))
        out.append(v)
    return out


def select_checks(values, checks):
    """The values whose "check" is one of CHECKS (a comma-separated list,
    or "all": every value)."""
    wanted = checks.split(",")
    if "all" in wanted:
        return list(values)
    return [v for v in values if get(v, "check") in wanted]


# ---- printing --------------------------------------------------------------

def text_lines(findings, severity):
    """GCC's diagnostic shape: the warning (or error), a note where the
    page was allocated, a note where the backends disagree."""
    for v in findings:
        yield fmt("{file}:{line}:{column}: {kind}: {message} [{check}]", v,
                  kind=severity)
        alloc = get(v, "alloc")
        if truthy(alloc):
            yield fmt("{file}:{line}:{column}: note: '{callee}' allocates it here",
                      alloc)
        disagree = get(v, "disagree")
        if truthy(disagree):
            yield fmt("{file}:{line}: note: the backends disagree here: {text}",
                      disagree)


def inventory_lines(inventory):
    for v in inventory:
        yield fmt("{file}:{line}:{column}: note: '{zeroing}' zeroes a page from "
                  "{origin}, not followed to an allocation here [inventory]", v)


def plural(n, word):
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def summary(findings, scanned=None, tree=None):
    """The line on stderr after the text: how many findings, where."""
    n = len(findings)
    if tree is not None:
        return f"gfpzero: {plural(n, 'finding')} in {tree}"
    files = len(unique(get(v, "file") for v in findings))
    return (f"gfpzero: {plural(n, 'finding')} in {plural(files, 'file')}, "
            f"{plural(scanned, 'file')} scanned")
