#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Write a gfpzero test case's expectation blocks (tests/run --format).

A case is a .c file (not a .fixed.c) that ends with a comment of
"check-" lines, a check-name: among them (tests/cases/README).  Given the
findings the backends report now, one a line in the check-findings form
(tests/run renders them), print the case with its check-findings block
written from them; when the semantic patch reports otherwise, with its
check-cocci-findings block too, and a check-cocci-differs: line for a
person to complete if it has none; when the backends agree, without
either.  Every other line stays where it is.

Usage: format-case.py --check CASE
       format-case.py --findings FILE [--cocci-findings FILE] [--write] CASE
"""

import argparse
import re
import sys

KEY = re.compile(r'^\s*\*\s*check-([a-z-]+)(?::\s*(.*))?$')
FINDING = re.compile(r'^(?:(\S+):)?(\d+) ')
DIFFERS_TODO = 'check-cocci-differs: FIXME: say why the backends differ'


class NotACase(Exception):
    pass


def trailing_comment(lines):
    """The indices of the '/*' and ' */' lines of the comment ending the file."""
    end = len(lines)
    while end and not lines[end - 1].strip():
        end -= 1
    if not end or lines[end - 1].strip() != '*/':
        raise NotACase('it does not end with a comment')
    for i in range(end - 2, -1, -1):
        if lines[i].strip() == '/*':
            return i, end - 1
        if '*/' in lines[i]:
            break
    raise NotACase("its last comment does not open with a '/*' line")


def parse(path):
    """The file's lines, and its trailing comment as a list of items:
    ('line', key, text) or ('block', kind, [lines])."""
    if path.endswith('.fixed.c'):
        raise NotACase("a .fixed.c is a case's conversion, not a case")
    if not path.endswith('.c'):
        raise NotACase('not a .c file')
    try:
        with open(path, encoding='utf-8') as f:
            lines = f.read().splitlines()
    except OSError as e:
        raise NotACase(e.strerror.lower()) from e
    start, end = trailing_comment(lines)
    items = []
    block = None
    for text in lines[start + 1:end]:
        m = KEY.match(text)
        key = m.group(1) if m else None
        if block is not None:
            if key == block[1] + '-end':
                block = None
            else:
                block[2].append(text)
            continue
        if key and key.endswith('-start'):
            block = ('block', key[:-len('-start')], [])
            items.append(block)
        else:
            items.append(('line', key, text))
    if block is not None:
        raise NotACase('check-%s-start has no check-%s-end' % (block[1], block[1]))
    if not any(it[0] == 'line' and it[1] == 'name' for it in items):
        raise NotACase('its trailing comment has no check-name: line')
    return lines, start, end, items


def order(finding):
    """The case's own lines first, by number, then those of other files."""
    m = FINDING.match(finding)
    if not m:
        return (2, '', 0, finding)
    return (1 if m.group(1) else 0, m.group(1) or '', int(m.group(2)), finding)


def block_lines(kind, findings):
    return ([' * check-%s-start' % kind] +
            [' * ' + f for f in sorted(findings, key=order)] +
            [' * check-%s-end' % kind])


def index_of(items, pred):
    found = [i for i, it in enumerate(items) if pred(it)]
    return found[-1] if found else -1


def is_line(*keys):
    return lambda it: it[0] == 'line' and it[1] in keys


def is_block(kind):
    return lambda it: it[0] == 'block' and it[1] == kind


def rewrite(items, findings, cocci):
    """Items with the blocks replaced, added or dropped; notes for the person."""
    notes = []
    at = index_of(items, is_block('findings'))
    if at >= 0:
        items[at] = ('block', 'findings', findings)
    else:
        at = index_of(items, is_line('name', 'command', 'cocci-differs'))
        items.insert(at + 1, ('block', 'findings', findings))
    if cocci is None:
        kept = [it for it in items
                if not (is_block('cocci-findings')(it) or is_line('cocci-differs')(it))]
        if len(kept) != len(items):
            notes.append('the backends agree now: check-cocci-differs and '
                         'check-cocci-findings dropped')
        return kept, notes
    if index_of(items, is_line('cocci-differs')) < 0:
        at = index_of(items, is_block('findings'))
        items.insert(at + 1, ('line', 'cocci-differs', ' * ' + DIFFERS_TODO))
        notes.append('the backends differ: complete the check-cocci-differs line')
    at = index_of(items, is_block('cocci-findings'))
    if at >= 0:
        items[at] = ('block', 'cocci-findings', cocci)
    else:
        at = max(index_of(items, is_block('findings')),
                 index_of(items, is_line('cocci-differs')))
        items.insert(at + 1, ('block', 'cocci-findings', cocci))
    return items, notes


def read_findings(path):
    with open(path, encoding='utf-8') as f:
        return [line.strip() for line in f if line.strip()]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('case')
    ap.add_argument('--check', action='store_true',
                    help='only say whether CASE is a case')
    ap.add_argument('--findings', help='the check-findings lines, one a line')
    ap.add_argument('--cocci-findings',
                    help="the semantic patch's, when the backends differ")
    ap.add_argument('--write', action='store_true',
                    help='write CASE instead of printing it')
    args = ap.parse_args()
    try:
        lines, start, end, items = parse(args.case)
    except NotACase as e:
        sys.exit('tests/run: %s is not a case: %s' % (args.case, e))
    if args.check:
        return
    if args.findings is None:
        ap.error('--findings is needed')
    cocci = read_findings(args.cocci_findings) if args.cocci_findings else None
    items, notes = rewrite(items, read_findings(args.findings), cocci)
    comment = []
    for it in items:
        if it[0] == 'line':
            comment.append(it[2])
        else:
            comment += block_lines(it[1], it[2])
    text = '\n'.join(lines[:start + 1] + comment + lines[end:]) + '\n'
    for note in notes:
        print('tests/run: %s: %s' % (args.case, note), file=sys.stderr)
    if args.write:
        with open(args.case, 'w', encoding='utf-8') as f:
            f.write(text)
    else:
        sys.stdout.write(text)


if __name__ == '__main__':
    main()
