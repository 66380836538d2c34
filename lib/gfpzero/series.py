# SPDX-License-Identifier: GPL-2.0-only
"""gfpzero patch --series: what the patches of a series say, from the
semantic patch's findings for the converted files (a list of objects, as
findings.unique() orders them)."""
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
