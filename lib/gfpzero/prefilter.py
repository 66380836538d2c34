# SPDX-License-Identifier: GPL-2.0-only
"""The files that can hold a finding: what the semantic patch's first
rules ask for (see cocci/gen-catalogue), asked of the text before spatch
parses it.

A file can hold one when it calls an allocator, and a zeroing helper that
takes a user address, or, with an allocator that sees the user address
(with an arity that takes it, for the names "gen-catalogue --arities"
gives), a zeroing helper on the page or one on a kernel address with a
mapping; or an allocator and a publishing call, with such a zeroing or a
gfp flag that zeroes.  A name counts wherever it is a word of the file
(comments too: more files are kept, never fewer); only the arity of a
call is read as C.
"""
import multiprocessing
import re

from . import clex
from .catalogue import field, number


class Kinds:
    """What each catalogue name is, as the gates group them."""

    def __init__(self, cat, arities):
        self.cat = cat
        self.suffixes = cat.suffixes
        self.alloc = set(cat.with_suffixes(cat.names({"ALLOC"})))
        self.kind = {}
        self._add(cat.names({"ALLOC"}, lambda f: field(f, 2) != "NOADDR"),
                  "ualloc")
        self._add(cat.names({"ZERO"}, lambda f: number(field(f, 3)) >= 0),
                  "uzero")
        self._add(cat.names({"ZERO"}, lambda f: field(f, 2) != "KADDR" and
                            number(field(f, 3)) < 0), "zero")
        self._add(cat.names({"ZERO"}, lambda f: field(f, 2) == "KADDR" and
                            number(field(f, 3)) < 0), "kzero")
        self._add(cat.names({"MAP"}), "map")
        self._add(cat.names({"PUBLISH"}), "pub")
        self._add(cat.names({"GFP_ZERO"}), "gfpz")
        # the kinds that together can give a finding (GFPZ_FINDS)
        self.finds = [set(f) for k, f in cat.entries if k == "FINDS"]
        # the allocators that see the user address only with some arities
        # (the series: __alloc_pages() and friends)
        self.arity = set(arities)
        self.ambiguous = {name for name, _ in arities}
        self.named = set(cat.with_suffixes(
            cat.names({"ALLOC", "ZERO", "MAP", "PUBLISH", "GFP_ZERO"})))
        # a quick test first: no allocator's name is in most files (the
        # names no other name is in: "alloc_page" stands for "alloc_pages")
        names = sorted(n.encode("latin-1") for n in self.alloc)
        self.alloc_keys = [n for n in names
                           if not any(o != n and o in n for o in names)]
        self.any_alloc = re.compile(
            (r"(?<![A-Za-z0-9_])(?:" +
             "|".join(re.escape(n) for n in sorted(self.alloc)) +
             r")(?![A-Za-z0-9_])").encode("latin-1"))
        self.ambiguous_call = re.compile(
            r"(?<![A-Za-z0-9_])(" +
            "|".join(re.escape(n) for n in sorted(self.ambiguous)) +
            r")[ \t\n]*\(") if self.ambiguous else None

    def _add(self, names, kind):
        for name in names:
            self.kind.setdefault(name, []).append(kind)

    def of(self, name):
        """The kinds of NAME, an allocator also with each suffix; one whose
        arity decides is "aualloc"."""
        kinds = set(self.kind.get(name, ()))
        for s in self.suffixes:
            base = name[:len(name) - len(s)]
            if base and name.endswith(s) and "ualloc" in self.kind.get(base, ()):
                kinds.add("ualloc")
        if name in self.ambiguous and "ualloc" in kinds:
            kinds.discard("ualloc")
            kinds.add("aualloc")
        return kinds


def relevant(has, ualloc, finds):
    """HAS (the kinds a file calls) holds one of FINDS (GFPZ_FINDS);
    UALLOC: count an allocator that sees the user address in."""
    if ualloc:
        has = has | {"ualloc"}
    else:
        has = has - {"ualloc"}
    return any(f <= has for f in finds)


def calls_with_arity(text, kinds):
    """TEXT calls an allocator whose arity decides with an arity that
    takes the user address (the calls found one after the other: one in
    the arguments of another is not looked at)."""
    i = 0
    while True:
        m = kinds.ambiguous_call.search(text, i)
        if not m:
            return False
        arity, i = clex.call_arity(text, m.end())
        if (m.group(1), arity) in kinds.arity:
            return True


def can_hold_finding(data, kinds):
    """The bytes DATA of a file can hold a finding."""
    # most files name no allocator: searched as bytes, not split in words
    if not any(k in data for k in kinds.alloc_keys):
        return False
    if not kinds.any_alloc.search(data):
        return False
    text = data.decode("latin-1")
    words = set(clex.words(text))
    has = set()
    for w in words & kinds.named:
        has |= kinds.of(w)
    return (relevant(has, "ualloc" in has, kinds.finds) or
            ("aualloc" in has and relevant(has, True, kinds.finds) and
             calls_with_arity(text, kinds)))


def _file_can_hold_finding(path, kinds):
    with open(path, "rb") as f:
        return can_hold_finding(f.read(), kinds)


_KINDS = None


def _init(kinds):
    global _KINDS	# pylint: disable=global-statement
    _KINDS = kinds


def _check(path):
    return _file_can_hold_finding(path, _KINDS)


def prefilter(files, kinds, jobs=1):
    """The FILES that can hold a finding, in their order, read by JOBS
    processes.  A file that cannot be read raises OSError."""
    if jobs <= 1 or len(files) < 256:
        return [f for f in files if _file_can_hold_finding(f, kinds)]
    with multiprocessing.Pool(jobs, _init, (kinds,)) as pool:
        keep = pool.map(_check, files, chunksize=64)
    return [f for f, k in zip(files, keep) if k]
