# SPDX-License-Identifier: GPL-2.0-only
"""include/gfpzero_catalogue.h as the command uses it: the names of the
entries of each kind, with their fields, read by the one reader of the
catalogue (cocci/engine/catalogue.py, which cocci/gen-catalogue uses)."""
import os
import re
import sys

# the one reader of the catalogue, cocci/engine/catalogue.py
sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(
    os.path.dirname(os.path.abspath(__file__)))), "cocci"))
from engine import catalogue as reader  # noqa: E402


class Catalogue:
    def __init__(self, path):
        # (kind, [fields]), a string field as written, quotes and all
        self.entries = [(e.kind, e.args) for e in reader.read(path)]
        self.suffixes = [f[0] for k, f in self.entries
                         if k == "STRIP_SUFFIX"]

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
