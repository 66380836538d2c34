# SPDX-License-Identifier: GPL-2.0-only
"""include/gfpzero_catalogue.h as the command reads it: the names of the
entries of each kind, with their fields (as cocci/gen-catalogue reads
them: "GFPZ_KIND(name, field, ...)" a line)."""
import re

ENTRY = re.compile(r"^GFPZ_([A-Z_]+)\((.*)\)\s*$")
SUFFIX = re.compile(r"^GFPZ_STRIP_SUFFIX\(([A-Za-z0-9_]*)\)")


class Catalogue:
    def __init__(self, path):
        self.entries = []	# (kind, [fields])
        self.suffixes = []
        with open(path, encoding="latin-1") as f:
            for line in f.read().splitlines():
                m = ENTRY.match(line)
                if m:
                    self.entries.append((m.group(1),
                                         re.split(r", *", m.group(2))))
                m = SUFFIX.match(line)
                if m:
                    self.suffixes.append(m.group(1))

    def names(self, kinds, cond=None):
        """The names of the entries of KINDS whose fields satisfy COND,
        each once, in the catalogue's order."""
        out = []
        for kind, fields in self.entries:
            if kind in kinds and (cond is None or cond(fields)) and \
                    fields[0] not in out:
                out.append(fields[0])
        return out

    def with_suffixes(self, names):
        """NAMES, and each with every suffix the catalogue strips."""
        out = []
        for name in names:
            out.append(name)
            out.extend(name + s for s in self.suffixes)
        return out


def number(field):
    """A numeric field (as awk compares it: not a number is 0)."""
    m = re.match(r"\s*[-+]?\d+", field)
    return int(m.group()) if m else 0


def field(fields, i):
    return fields[i] if i < len(fields) else ""
