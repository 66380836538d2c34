# SPDX-License-Identifier: GPL-2.0-only
#
# gfpzero: the copy of a C file that spatch is given, in which the body
# of every function that cannot hold a fact of the semantic patch is
# blank.  The semantic patch collects its facts only in the functions
# that call a catalogue name (an allocator, a zeroing helper, a
# publishing call: the "direct" ones) and in the functions that call
# those; the others cost parsing and matching and give nothing.  Every
# line is kept, blank or not, so that each position in the copy is the
# same position in the file (the semantic patch reads the text of its
# facts, and decides what is exported, from the file itself).
#
#   awk -v names='a|b|...' -v dir=DIR -f gfpzero-slice.awk LIST
#
# names: the catalogue names, each with its suffixes.  For each FILE
# named by a line of LIST, prints "FILE<TAB>COPY", COPY being DIR/<its number>_<its base name>,
# written only when a body was blanked (else COPY is empty: give spatch
# FILE itself).
#
# A body is blanked only where the kernel's layout makes it certain: a
# header at column 0 with a parenthesis (from its first line, after a
# blank line, a ";", a "}" or a comment), "{" alone at column 0, the
# first "}" at column 0 after it, braces balanced in between (outside
# comments, strings and character constants) and so are the
# preprocessor's conditionals, no other "{" at column 0.  Every
# identifier before a "(" in the header counts as the function's name,
# and every identifier before a "(" in a body as a call: more is kept,
# never less.  Where a catalogue name is in code outside the bodies
# found (a macro, a function of another layout), every name that piece
# of code calls or defines as a macro counts as the name of a direct
# one.  Anything else is left as it is.

function strip(s,	t) {
	# comments (one line at a time; "incomment" carries /* over lines),
	# strings and character constants: what braces are counted in
	t = ""
	while (s != "") {
		if (incomment) {
			if (!match(s, /\*\//))
				return t
			s = substr(s, RSTART + 2)
			incomment = 0
			continue
		}
		if (!match(s, /\/\*|\/\/|"|'/))
			return t s
		t = t substr(s, 1, RSTART - 1) " "
		tok = substr(s, RSTART, RLENGTH)
		s = substr(s, RSTART + RLENGTH)
		if (tok == "//")
			return t
		if (tok == "/*") {
			incomment = 1
			continue
		}
		# a string or character constant, with its escapes
		while (s != "") {
			c = substr(s, 1, 1)
			s = substr(s, 2)
			if (c == "\\")
				s = substr(s, 2)
			else if (c == tok)
				break
		}
	}
	return t
}

function count(s, c,	n) {
	n = gsub(c, "", s)
	return n
}

# the identifiers of S into the array A (A[id] = 1)
function idents(s, a) {
	while (match(s, /[A-Za-z_][A-Za-z0-9_]*/)) {
		a[substr(s, RSTART, RLENGTH)] = 1
		s = substr(s, RSTART + RLENGTH)
	}
}

# the names S calls (an identifier before a "(") into the array A
function called(s, a,	c) {
	while (match(s, /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/)) {
		c = substr(s, RSTART, RLENGTH)
		sub(/[ \t]*\($/, "", c)
		a[c] = 1
		s = substr(s, RSTART + RLENGTH)
	}
}

BEGIN {
	nn = split(names, nl, "|")
	for (i = 1; i <= nn; i++)
		catalogue[nl[i]] = 1
}

# one file per line of the input
{
	file = $0
	n = 0
	while ((r = (getline line < file)) > 0)
		L[++n] = line
	close(file)
	if (r < 0)
		print "gfpzero-slice.awk: cannot read " file >"/dev/stderr"
	else
		slice()
}

function slice(	i, j, k, s, m, t, a, cand, nspan, header, depth, cond, h,
		nm, body, blank, keep, out, base, piece, hit) {
	delete sb; delete se; delete sname; delete sids; delete direct
	delete dname; delete inspan
	cand = 0
	nspan = 0
	for (i = 1; i <= n; i++) {
		# a header begins at column 0 after a blank line, a ";", a
		# "}", a comment's end or a preprocessor line
		if (L[i] ~ /^[ \t]*$|;[ \t]*$|^[#}]|\*\/[ \t]*$|\\$/) {
			cand = 0
			continue
		}
		if (L[i] ~ /^[A-Za-z_]/) {
			if (!cand)
				cand = i
			continue
		}
		if (L[i] !~ /^\{[ \t]*$/ || !cand)
			continue
		header = ""
		for (k = cand; k < i; k++)
			header = header " " L[k]
		h = cand
		cand = 0
		if (header !~ /\(/ || header ~ /=/)
			continue
		# the body: up to the first "}" at column 0
		for (j = i + 1; j <= n && L[j] !~ /^[{}]/; j++)
			;
		if (j > n || L[j] ~ /^\{/)
			continue
		depth = 1
		cond = 0
		incomment = 0
		for (k = i + 1; k < j; k++) {
			if (L[k] ~ /^[ \t]*#[ \t]*if/)
				cond++
			else if (L[k] ~ /^[ \t]*#[ \t]*endif/)
				cond--
			s = strip(L[k])
			depth += count(s, "{") - count(s, "}")
			if (depth < 1 || cond < 0)
				break
		}
		if (k < j || depth != 1 || cond != 0 || incomment) {
			incomment = 0
			continue
		}
		nspan++
		sb[nspan] = i + 1
		se[nspan] = j - 1
		for (k = h; k <= j; k++)
			inspan[k] = 1
		# its names: each identifier before a "("
		while (match(header, /[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/)) {
			nm = substr(header, RSTART, RLENGTH)
			sub(/[ \t]*\($/, "", nm)
			sname[nspan] = sname[nspan] " " nm
			header = substr(header, RSTART + RLENGTH)
		}
		# what it calls, header and body, outside comments and strings
		body = ""
		incomment = 0
		for (k = h; k < j; k++)
			body = body " " strip(L[k])
		incomment = 0
		delete id
		called(body, id)
		sids[nspan] = ""
		direct[nspan] = 0
		for (t in id) {
			sids[nspan] = sids[nspan] " " t
			if (t in catalogue)
				direct[nspan] = 1
		}
		i = j
	}
	# the names of the direct ones; and, where a catalogue name is
	# outside every body found (a macro, a function of another layout),
	# every name called or defined by a macro in that piece (up to a
	# blank line)
	for (s = 1; s <= nspan; s++) {
		if (!direct[s])
			continue
		m = split(sname[s], a, " ")
		for (k = 1; k <= m; k++)
			dname[a[k]] = 1
	}
	piece = ""
	incomment = 0
	for (i = 1; i <= n + 1; i++) {
		if (i <= n && !(i in inspan) && L[i] !~ /^[ \t]*$/) {
			t = strip(L[i])
			if (match(t, /^[ \t]*#[ \t]*define[ \t]+[A-Za-z_][A-Za-z0-9_]*/)) {
				nm = substr(t, RSTART, RLENGTH)
				sub(/.*[ \t]/, "", nm)
				t = t " " nm "("
			}
			piece = piece " " t
			continue
		}
		if (piece == "")
			continue
		delete id
		idents(piece, id)
		hit = 0
		for (t in id)
			if (t in catalogue)
				hit = 1
		if (hit) {
			delete id
			called(piece, id)
			for (t in id)
				dname[t] = 1
		}
		piece = ""
	}
	# blank the bodies of the others that call none of them
	blank = 0
	for (s = 1; s <= nspan; s++) {
		keep = direct[s]
		if (!keep) {
			m = split(sids[s], a, " ")
			for (k = 1; k <= m && !keep; k++)
				if (a[k] in dname)
					keep = 1
		}
		if (!keep) {
			for (k = sb[s]; k <= se[s]; k++)
				L[k] = ""
			blank++
		}
	}
	nfile++
	out = ""
	if (blank) {
		base = file
		sub(/.*\//, "", base)
		out = dir "/" nfile "_" base
		for (k = 1; k <= n; k++)
			print L[k] > out
		close(out)
	}
	print file "\t" out
	delete L
	n = 0
}
