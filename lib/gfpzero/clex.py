# SPDX-License-Identifier: GPL-2.0-only
"""A C lexer as small as the command needs, and the kernel-style function
finder.  No preprocessing and no parsing: what is code, what is a
comment, a string or a character constant, which identifiers are called,
and where a function of the kernel's layout begins and ends.

Files are read as bytes, one character a byte (latin-1), so that a copy
written back is the file byte for byte whatever its encoding.
"""
import re

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# an identifier before a "(": a call, or a function's or macro's name
CALL = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)[ \t]*\(")
WORD = re.compile(r"[A-Za-z0-9_]+")
LEXEME = re.compile(r"/\*|//|\"|'")


def read_text(path):
    """PATH's text, a character a byte."""
    with open(path, "rb") as f:
        return f.read().decode("latin-1")


def read_lines(path):
    """PATH's lines without their newlines (as awk's getline reads them)."""
    text = read_text(path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def write_lines(path, lines):
    with open(path, "wb") as f:
        f.write("".join(line + "\n" for line in lines).encode("latin-1"))


def skip_quoted(s, i, quote):
    """The index after the string or character constant whose opening
    QUOTE is at I-1: up to its closing quote, escapes skipped, or the end
    of S."""
    n = len(s)
    while i < n:
        c = s[i]
        if c == "\\":
            i += 2
        elif c == quote:
            return i + 1
        else:
            i += 1
    return n


class LineLexer:
    """Code line by line: comments, strings and character constants each
    become one blank; a comment may go on over lines (the state is kept
    from one line to the next), a string or a constant ends with its line
    at the latest."""

    def __init__(self):
        self.incomment = False

    def strip(self, line):
        out = []
        i = 0
        n = len(line)
        while i < n:
            if self.incomment:
                end = line.find("*/", i)
                if end < 0:
                    return "".join(out)
                i = end + 2
                self.incomment = False
                continue
            m = LEXEME.search(line, i)
            if not m:
                out.append(line[i:])
                break
            out.append(line[i:m.start()] + " ")
            tok = m.group()
            i = m.end()
            if tok == "//":
                break
            if tok == "/*":
                self.incomment = True
                continue
            i = skip_quoted(line, i, tok)
        return "".join(out)


def call_arity(text, i):
    """The number of arguments of the call whose "(" ends at I in TEXT
    (comments, strings and character constants skipped, parentheses
    nested; no argument at all is 0), and the index after its ")" (or the
    end of TEXT)."""
    depth, commas, blank = 1, 0, True
    n = len(text)
    while i < n and depth > 0:
        if text.startswith("/*", i):
            end = text.find("*/", i + 2)
            i = n if end < 0 else end + 2
            continue
        if text.startswith("//", i):
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        c = text[i]
        i += 1
        if c in "\"'":
            i = skip_quoted(text, i, c)
            blank = False
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 1:
            commas += 1
        elif c not in " \t\n":
            blank = False
    return (0 if blank and not commas else commas + 1), i


def calls(code):
    """The identifiers CODE calls: each before a "("."""
    return {m.group(1) for m in CALL.finditer(code)}


def idents(code):
    return set(IDENT.findall(code))


def words(text):
    """Every word of TEXT as grep -w sees words: letters, digits, "_"."""
    return WORD.findall(text)


# ---- the kernel's layout ---------------------------------------------------

def functions(lines):
    """The functions of LINES in the kernel's layout, as (header, open,
    close): "{" and "}" at column 0, the header the last line before the
    "{" that begins with an identifier at column 0; line numbers from 1.
    A "{" at column 0 that no "}" at column 0 closes gives nothing.  What
    is not a function (an initialiser's braces at column 0) is found too:
    function_name() of its header says so."""
    out = []
    cand = start = opened = 0
    for n, line in enumerate(lines, 1):
        c = line[:1]
        if c == "_" or c.isascii() and c.isalpha():
            cand = n
        elif c == "{":
            start, opened = cand, n
        elif c == "}" and start:
            out.append((start, opened, n))
            start = 0
    return out


def function_name(header):
    """The name a function's header line gives: what is before its first
    "(", after the last blank or "*" there; "" when there is no name
    (a header ending in a blank before its "(")."""
    head = header.split("(", 1)[0]
    return re.split(r"[\s*]", head)[-1]


def function_at(lines, n):
    """The (header, close) of the function of LINES around line N, or
    None."""
    for start, _, end in functions(lines):
        if start <= n <= end:
            return start, end
    return None


def first_word(text, names):
    """The first word of TEXT that is one of NAMES, or None."""
    for w in WORD.finditer(text):
        if w.group() in names:
            return w.group()
    return None
