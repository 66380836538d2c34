# SPDX-License-Identifier: GPL-2.0-only
#
# gfpzero: the Coccinelle backend of "gfpzero scan --backend=cocci" and
# the "gfpzero patch" command.  Sourced by bin/gfpzero, which defines
# ROOT, die(), optval(), the scan options and the printing of findings.
#
# Both run cocci/gfpzero.cocci with spatch over the files given (and the
# .c and .h files under the directories given) that can hold a finding
# (cocci_prefilter), one file per
# spatch group, with the options of its "// Options:" line, as the
# kernel's scripts/coccicheck does.

COCCI=$ROOT/cocci/gfpzero.cocci
CATALOGUE=$ROOT/include/gfpzero_catalogue.h
jobs=
assume_user_addr=
backend_why=

need_spatch()
{
	command -v spatch >/dev/null 2>&1 ||
		die "spatch not found: install the Debian package coccinelle${backend_why:+ ($backend_why)}"
	[ -f "$COCCI" ] || die "no semantic patch: $COCCI"
}

# cocci_names KINDS [COND]: a grep -E alternative of the names of the
# catalogue entries of KINDS (a sed alternation) whose arguments ($1 the
# name, $2, ...) satisfy the awk condition COND; an allocator's also with
# every GFPZ_STRIP_SUFFIX.  As cocci/gen-catalogue names them.
cocci_names()
{
	local names suffixes=

	names=$(sed -n "s/^GFPZ_\\($1\\)(\\(.*\\))[[:space:]]*\$/\\2/p" "$CATALOGUE" |
		awk -F', *' "${2:-1} { if (!seen[\$1]++) print \$1 }" | paste -sd'|' -)
	[ "$1" != ALLOC ] ||
		suffixes=$(sed -n 's/^GFPZ_STRIP_SUFFIX(\([A-Za-z0-9_]*\)).*/\1/p' \
			"$CATALOGUE" | paste -sd'|' -)
	echo "\\b($names)(${suffixes:+$suffixes|})\\b"
}

# Expand PATH arguments into the .c and .h files to give spatch.
cocci_collect_files()
{
	local p found

	for p in "${paths[@]}"; do
		if [ -d "$p" ]; then
			found=$(find "$p" -type f \( -name '*.c' -o -name '*.h' \) \
				! -name '*.fixed.c' | LC_ALL=C sort)
			[ -n "$found" ] || die "no .c or .h files under $p"
			mapfile -t -O ${#files[@]} files <<<"$found"
		elif [ -f "$p" ]; then
			case "$p" in
			*.c|*.h) files+=("$p") ;;
			*) die "not a C source file: $p" ;;
			esac
		else
			die "no such file or directory: $p"
		fi
	done
}

# cocci_alt KINDS [COND]: the names cocci_names gives, as a plain
# alternative (no \b, no suffixes), for awk.
cocci_alt()
{
	sed -n "s/^GFPZ_\\($1\\)(\\(.*\\))[[:space:]]*\$/\\2/p" "$CATALOGUE" |
		awk -F', *' "${2:-1} { if (!seen[\$1]++) print \$1 }" | paste -sd'|' -
}

# The files that can hold a finding (what the semantic patch's first
# rules ask for, see cocci/gen-catalogue): they call an allocator, and a
# zeroing helper that takes a user address, or, with an allocator that
# sees the user address (with an arity that takes it, for the names
# "gen-catalogue --arities" gives), a zeroing helper on the page or one
# on a kernel address with a mapping; or an allocator and a publishing
# call, with such a zeroing or a gfp flag that zeroes.  One grep pass
# over every file for the allocators, one over those for every other
# name, then awk decides (reading a file again only to count the
# arguments of such a call).  One per line in $TMP/relevant.
cocci_prefilter()
{
	local suffixes

	suffixes=$(sed -n 's/^GFPZ_STRIP_SUFFIX(\([A-Za-z0-9_]*\)).*/\1/p' \
		"$CATALOGUE" | paste -sd'|' -)
	# --jobs greps at once, a line each written whole; then in the
	# order of the files (the order of a patch series)
	printf '%s\0' "${files[@]}" |
		xargs -0 -r -P "${jobs:-1}" -n 4096 \
			grep -lE --line-buffered "$(cocci_names ALLOC)" -- \
			>"$TMP/alloc.set" 2>/dev/null || true
	printf '%s\n' "${files[@]}" | awk -v set="$TMP/alloc.set" '
		BEGIN { while ((getline l < set) > 0) in_set[l] = 1 }
		$0 in in_set' >"$TMP/alloc"
	: >"$TMP/relevant"
	[ -s "$TMP/alloc" ] || return 0
	tr '\n' '\0' <"$TMP/alloc" |
		xargs -0 grep -HoE "\\b($(cocci_alt 'ALLOC\|ZERO\|MAP\|PUBLISH\|GFP_ZERO'))(${suffixes:+$suffixes|})\\b" -- \
		2>/dev/null |
		awk -v sfx="$suffixes" \
		    -v ualloc="$(cocci_alt ALLOC '$3 != "NOADDR"')" \
		    -v arity="$("$ROOT/cocci/gen-catalogue" --arities | paste -sd'|' -)" \
		    -v uzero="$(cocci_alt ZERO '$4 >= 0')" \
		    -v zero="$(cocci_alt ZERO '$3 != "KADDR" && $4 < 0')" \
		    -v kzero="$(cocci_alt ZERO '$3 == "KADDR" && $4 < 0')" \
		    -v map="$(cocci_alt MAP)" -v pub="$(cocci_alt PUBLISH)" \
		    -v gfpz="$(cocci_alt GFP_ZERO)" '
		# kind[name]: the kinds of a name, as the gates group them
		function add(alt, k, v, i, nv) {
			nv = split(alt, v, "|")
			for (i = 1; i <= nv; i++) kind[v[i]] = kind[v[i]] " " k
		}
		# FILE calls a name of ar[] with an arity ar[] gives for it
		# (comments, strings and character constants skipped,
		# parentheses nested)
		function called(file,	t, line, c, d, na, blank, name) {
			t = ""
			while ((getline line < file) > 0)
				t = t line "\n"
			close(file)
			while (match(t, ambre)) {
				c = substr(t, RSTART, RLENGTH)
				t = substr(t, RSTART + RLENGTH)
				sub(/[ \t\n]*\($/, "", c)
				sub(/^[^A-Za-z0-9_]/, "", c)
				name = c
				d = 1; na = 0; blank = 1
				while (t != "" && d > 0) {
					if (substr(t, 1, 2) == "/*") {
						t = match(t, /\*\//) ? substr(t, RSTART + 2) : ""
						continue
					}
					if (substr(t, 1, 2) == "//") {
						t = match(t, /\n/) ? substr(t, RSTART) : ""
						continue
					}
					c = substr(t, 1, 1)
					t = substr(t, 2)
					if (c == "\"" || c == "\047") {
						while (t != "" && substr(t, 1, 1) != c)
							t = substr(t, substr(t, 1, 1) == "\\" ? 3 : 2)
						t = substr(t, 2)
						blank = 0
					} else if (c == "(") {
						d++
					} else if (c == ")") {
						d--
					} else if (c == "," && d == 1) {
						na++
					} else if (c !~ /[ \t\n]/) {
						blank = 0
					}
				}
				if ((name, (blank && !na) ? 0 : na + 1) in ar)
					return 1
			}
			return 0
		}
		function relevant(f, ualloc) {
			return (has[f, "pub"] && (has[f, "zero"] || has[f, "gfpz"] ||
						  (has[f, "kzero"] && has[f, "map"]))) ||
			       has[f, "uzero"] ||
			       (ualloc && (has[f, "zero"] ||
					   (has[f, "kzero"] && has[f, "map"])))
		}
		BEGIN {
			ns = split(sfx, suffix, "|")
			# the allocators that see the user address only with
			# some arities (the series: __alloc_pages() and friends)
			na = split(arity, a, "|")
			for (i = 1; i <= na; i++) {
				split(a[i], b, " ")
				ar[b[1], b[2]] = 1
				amb[b[1]] = 1
				ambre = ambre (i > 1 ? "|" : "") b[1]
			}
			ambre = "(^|[^A-Za-z0-9_])(" ambre ")[ \t\n]*\\("
			add(ualloc, "ualloc"); add(uzero, "uzero"); add(zero, "zero")
			add(kzero, "kzero"); add(map, "map"); add(pub, "pub")
			add(gfpz, "gfpz")
		}
		{
			i = match($0, /:[A-Za-z0-9_]*$/)
			f = substr($0, 1, i - 1); n = substr($0, i + 1)
			if (!(f in seen)) { seen[f] = 1; order[++nf] = f }
			ks = kind[n]
			# an allocator also with each suffix
			for (j = 1; j <= ns; j++) {
				l = length(n) - length(suffix[j])
				if (l > 0 && substr(n, l + 1) == suffix[j] &&
				    index(kind[substr(n, 1, l)], "ualloc"))
					ks = ks " ualloc"
			}
			if (n in amb)
				gsub(/ ualloc/, " aualloc", ks)
			nk = split(ks, kk, " ")
			for (j = 1; j <= nk; j++) has[f, kk[j]] = 1
		}
		END {
			for (k = 1; k <= nf; k++) {
				f = order[k]
				if (relevant(f, has[f, "ualloc"]) ||
				    (has[f, "aualloc"] && relevant(f, 1) && called(f)))
					print f
			}
		}' >"$TMP/relevant"
}

# cocci_spatch MODE OUT: run the semantic patch over the relevant files.
# spatch skips code it cannot parse without a word: --verbose-parsing
# makes it say where, and cocci_unparsed decides whether that matters.
# It runs in $TMP, with absolute paths: with --jobs, spatch writes its
# workers' output to a new directory in the current one, which may not
# be writable (and must not be left in a kernel tree); the paths in its
# output are then given back as the user spelled them ($TMP/abs:
# "ABSOLUTE<TAB>AS GIVEN").
cocci_spatch()
{
	local mode=$1 out=$2 opts f rc=0

	: >"$out"
	[ -s "$TMP/relevant" ] || return 0
	: >"$TMP/groups"
	: >"$TMP/abs"
	while read -r f; do
		printf '%s\t%s\n' "$(realpath -s -- "$f")" "$f" >>"$TMP/abs"
	done <"$TMP/relevant"
	cocci_slice
	cut -f1 "$TMP/abs" | sed 's/$/\n/' >"$TMP/groups"
	SPATCH_TOTAL=$(grep -c . "$TMP/relevant")
	read -r -a opts <<<"$(sed -n 's|^// Options:||p' "$COCCI")"
	# the files are picked already: spare the semantic patch its own test
	set -- -D "$mode" -D prefiltered --verbose-parsing --no-show-diff
	[ "$mode" != patch ] ||
		set -- -D patch -D assume_user_addr -D prefiltered --verbose-parsing
	[ "${jobs:-1}" -le 1 ] || set -- "$@" --jobs "$jobs" --chunksize 1
	progress_start spatch_handled "spatch: %d of $SPATCH_TOTAL files analysed"
	run_child spatch_run "$@" "${opts[@]}" >"$out.abs" 2>"$TMP/spatch.err" || rc=$?
	progress_stop
	cocci_failed
	if [ "$rc" -ne 0 ] || grep -q 'Error in Python\|^Fatal error' \
			"$TMP/spatch.err"; then
		spatch_python "$TMP/spatch.err"
		# without --verbose-parsing's account of what it skipped
		grep -v '^HANDLING: \|^init_defs_builtins: \|^bad: \|^badcount: \|^ERROR-RECOV: \|^parsing pass' \
			"$TMP/spatch.err" >&2
		die "spatch failed ($rc) on $COCCI"
	fi
	cocci_unparsed
	cocci_given_paths "$mode" <"$out.abs" >"$out"
}

# spatch_python ERR: spatch could not load Python (Coccinelle 1.3 finds
# libpython at run time, and Debian's coccinelle package does not depend
# on it): name the package, libpython3.X for the python3 spatch asked.
spatch_python()
{
	local lib

	grep -q 'unable to find the Python library' "$1" || return 0
	lib=$(grep -o 'libpython3\.[0-9]*' "$1" | head -n 1)
	die "spatch cannot load Python (${lib:-libpython3}.so not found): install the Debian package ${lib:-libpython3.X, for the version of python3}"
}

# The semantic patch's analysis failed in a function (a bug in it: a
# Python exception), and said so on stderr, "gfpzero.cocci: error: FILE:
# FUNCTION(): ...", or spatch itself gave up on a file and went on with
# the others ("EXN: Stack overflow in FILE", with exit status 0): the
# findings of that file would be missing, so no result may look
# complete.  The file as the user gave it ($TMP/origin maps a copy to the
# file, $TMP/abs a copy or the file to what was given).
cocci_failed()
{
	grep -q '^gfpzero\.cocci: error: \|^EXN: ' "$TMP/spatch.err" || return 0
	awk -F '\t' 'FILENAME == ARGV[1] { file[$1] = $2; next }
		FILENAME == ARGV[2] { given[$1 in file ? file[$1] : $1] = $2
				      given[$1] = $2; next }
		/^gfpzero\.cocci: error: / {
			rest = substr($0, 23)
			i = index(rest, ": ")
			f = substr(rest, 1, i - 1)
			print "gfpzero: error: " (f in given ? given[f] : f) \
			      substr(rest, i)
		}
		/^EXN: / {
			what = $0; sub(/^EXN: /, "", what)
			f = what; sub(/.* in /, "", f)
			what = substr(what, 1, length(what) - length(f) - 4)
			if (what ~ /Error in Python/)
				what = "an exception in its Python"
			print "gfpzero: error: " (f in given ? given[f] : f) \
			      ": spatch gave up on this file (" what "): its findings would be missing"
		}' "$TMP/origin" "$TMP/abs" "$TMP/spatch.err" | sort -u >&2
	exit 2
}

# spatch_run ARGS...: spatch with ARGS over $TMP/groups, in $TMP.
# spatch's matching recurses as deep as a function is long: the stack as
# large as may be (an overflow is an EXN, cocci_failed).
spatch_run()
{
	cd "$TMP" || exit 2
	ulimit -s unlimited 2>/dev/null || ulimit -s "$(ulimit -H -s)" 2>/dev/null || :
	GFPZERO_COCCI_ORIGIN=$TMP/origin exec spatch "$@" --sp-file "$COCCI" \
		--file-groups "$TMP/groups"
}

# spatch is given, for each relevant file, a copy in which the bodies of
# the functions that cannot hold a fact are blank (lib/gfpzero-slice.awk),
# where there are such; the semantic patch reads the file itself
# ($TMP/origin: "COPY<TAB>ABSOLUTE").  $TMP/abs then maps the copy to
# the path as given, for what spatch prints.
cocci_slice()
{
	local names suffixes

	suffixes=$(sed -n 's/^GFPZ_STRIP_SUFFIX(\([A-Za-z0-9_]*\)).*/\1/p' \
		"$CATALOGUE" | paste -sd' ' -)
	names=$(cocci_alt 'ALLOC\|ZERO\|PUBLISH' | tr '|' '\n' |
		awk -v sfx="$suffixes" '{ n = split(sfx, s, " "); printf "%s|", $0
			for (i = 1; i <= n; i++) printf "%s%s|", $0, s[i] }')
	mkdir -p "$TMP/slice"
	cut -f1 "$TMP/abs" | awk -v names="${names%|}" -v dir="$TMP/slice" \
		-f "$ROOT/lib/gfpzero-slice.awk" >"$TMP/sliced"
	awk -F '\t' '$2 != "" { print $2 "\t" $1 }' "$TMP/sliced" >"$TMP/origin"
	awk -F '\t' -v origin="$TMP/origin" 'BEGIN {
			while ((getline l < origin) > 0) {
				split(l, f, "\t")
				copy[f[2]] = f[1]
			}
		}
		{ print (($1 in copy) ? copy[$1] : $1) "\t" $2 }' \
		"$TMP/abs" >"$TMP/abs.new"
	mv "$TMP/abs.new" "$TMP/abs"
}

# The files spatch has begun (its workers write to $TMP/<name>_<date>_<pid>/
# as they go; at the end spatch copies that to its own stderr), at most
# the number of files it was given.
spatch_handled()
{
	local n

	n=$(cat "$TMP"/*_*_*/stderr.* "$TMP/spatch.err" 2>/dev/null |
	    grep -c '^HANDLING: ')
	echo $((n < SPATCH_TOTAL ? n : SPATCH_TOTAL))
}

# spatch's output with the paths as the user gave them: the files of the
# JSON findings, the "--- " lines of a diff.
cocci_given_paths()
{
	if [ "$1" = patch ]; then
		awk -F '\t' 'FNR == NR { given[$1] = $2; next }
			/^--- / { f = substr($0, 5); rest = ""
				  if (match(f, /\t/)) { rest = substr(f, RSTART); f = substr(f, 1, RSTART - 1) }
				  if (f in given) { print "--- " given[f] rest; next } }
			{ print }' "$TMP/abs" -
		return
	fi
	gz_tool cocci-json --abs "$TMP/abs" ||
		die "spatch printed what is not JSON: see $COCCI"
}

# The parse errors spatch reported in a function of a relevant file that
# calls a catalogue allocator or zeroing helper: spatch skipped that
# function, so a finding there would be missed.  An error, so that no
# result (and no file written by patch --in-place) looks complete when
# it is not.  Parse errors elsewhere (kernel macros spatch does not know,
# in code without those calls) lose nothing and are not reported.
cocci_unparsed()
{
	local re f l span name fn given n=0

	re=$(cocci_names 'ALLOC\|ZERO')
	sed -n 's/^ = File "\(.*\)", line \([0-9]*\), column.*/\1\t\2/p' \
		"$TMP/spatch.err" | sort -u >"$TMP/parse-errors"
	while IFS=$'\t' read -r f l; do
		given=$(awk -F '\t' -v f="$f" '$1 == f { print $2; exit }' "$TMP/abs")
		[ -n "$given" ] || continue
		# the function around line l, kernel style: its name's line
		# at column 0, its braces at column 0
		span=$(awk -v l="$l" '/^[A-Za-z_]/ { cand = NR }
			/^\{/ { start = cand }
			/^\}/ && start { if (start <= l && l <= NR) { print start, NR; exit }
					 start = 0 }' "$f")
		[ -n "$span" ] || continue
		name=$(sed -n "${span% *},${span#* }p" "$f" | grep -oE "$re" | head -n 1)
		[ -n "$name" ] || continue
		fn=$(sed -n "${span% *}p" "$f" | sed 's/(.*//; s/.*[[:space:]*]//')
		echo "gfpzero: error: $given:$l: Coccinelle cannot parse $fn() (lines ${span/ /-}), which calls $name(): spatch skips it, so its findings would be missed" >&2
		n=$((n + 1))
	done <"$TMP/parse-errors"
	[ "$n" -eq 0 ] || exit 2
}

# progress_start COUNT FORMAT: when stderr is a terminal, show FORMAT on
# it every second, with the number the function COUNT prints, until
# progress_stop.  The work itself runs through run_child, so that ^C
# stops it at once; the ticker stops when this shell is gone.
# shellcheck disable=SC2059 # FORMAT is the caller's printf format
progress_start()
{
	PROGRESS=("$@")
	PROGRESS_PID=
	[ -t 2 ] || return 0
	(
		while kill -0 $$ 2>/dev/null; do
			printf "\rgfpzero: $2" "$("$1")" >&2
			sleep 1
		done
	) &
	PROGRESS_PID=$!
}

# shellcheck disable=SC2059
progress_stop()
{
	[ -n "${PROGRESS_PID:-}" ] || return 0
	kill "$PROGRESS_PID" 2>/dev/null || true
	wait "$PROGRESS_PID" 2>/dev/null || true
	PROGRESS_PID=
	printf "\rgfpzero: ${PROGRESS[1]}\n" "$("${PROGRESS[0]}")" >&2
}

cocci_check_jobs()
{
	[ -n "$jobs" ] || jobs=$(nproc)
	[[ $jobs =~ ^[1-9][0-9]*$ ]] || die "bad --jobs: $jobs"
}

# scan --backend=cocci: the findings in $TMP/findings.jsonl
cocci_scan()
{
	need_spatch
	cocci_check_jobs
	cocci_collect_files
	TMP=$(mktemp -d)
	trap 'rm -rf "$TMP"' EXIT
	cocci_prefilter
	cocci_spatch json "$TMP/out"
	gz_tool cocci-json --checks "${checks:-all}" <"$TMP/out" \
		>"$TMP/findings.jsonl" ||
		die "spatch printed what is not JSON: see $COCCI"
}

# ---- the user-address plumbing --------------------------------------

# defines FILE: FILE defines USER_ADDR_NONE.
defines_user_addr()
{
	grep -qE '^[[:space:]]*#[[:space:]]*define[[:space:]]+USER_ADDR_NONE\b' \
		"$1" 2>/dev/null
}

# plumbing FILE: the conversion is correct there: FILE, or a header it
# includes from its own directory, or the include/ directory of the
# kernel tree FILE is in (the nearest ancestor with include/linux/),
# defines USER_ADDR_NONE.  The semantic patch decides the same way.
plumbing()
{
	local file=$1 dir h d

	dir=$(cd "$(dirname "$file")" && pwd)
	defines_user_addr "$file" && return 0
	while read -r h; do
		defines_user_addr "$dir/$h" && return 0
	done < <(sed -n 's/^[[:space:]]*#[[:space:]]*include[[:space:]]*"\([^"]*\)".*/\1/p' \
		"$file")
	d=$dir
	while :; do
		if [ -d "$d/include/linux" ]; then
			grep -rqE --include='*.h' \
				'^[[:space:]]*#[[:space:]]*define[[:space:]]+USER_ADDR_NONE\b' \
				"$d/include" && return 0
			return 1
		fi
		[ "$d" != / ] || return 1
		d=$(dirname "$d")
	done
}

# ---- patch ----------------------------------------------------------


parse_patch_args()
{
	while [ $# -gt 0 ]; do
		case "$1" in
		-h|--help)	usage; exit 0 ;;
		--assume-user-addr)	assume_user_addr=1; OPTSHIFT=1 ;;
		--in-place)	in_place=1; OPTSHIFT=1 ;;
		--force)	force=1; OPTSHIFT=1 ;;
		--series|--series=*)	optval "$@"; series_dir=$OPTVAL ;;
		--validate|--validate=*) optval "$@"; validate=$OPTVAL ;;
		--jobs|--jobs=*)	optval "$@"; jobs=$OPTVAL ;;
		--)	shift; paths+=("$@"); break ;;
		-*)	die "unknown option: $1 (see 'gfpzero --help')" ;;
		*)	paths+=("$1"); OPTSHIFT=1 ;;
		esac
		shift "$OPTSHIFT"
	done
	[ ${#paths[@]} -gt 0 ] || die "patch: no PATH given (see 'gfpzero --help')"
	[ -z "$in_place" ] || [ -z "$series_dir" ] ||
		die "patch: --in-place and --series do not go together"
	[ -z "$validate" ] || [ -n "$series_dir" ] ||
		die "patch: --validate needs --series DIR"
	[ -z "$force" ] || [ -n "$in_place" ] ||
		die "patch: --force goes with --in-place"
	if [ -n "$series_dir" ]; then
		mkdir -p "$series_dir" 2>/dev/null && [ -w "$series_dir" ] ||
			die "patch: cannot write the series to $series_dir"
		series_dir=$(cd "$series_dir" && pwd)
	fi
	if [ -n "$validate" ]; then
		[ -f "$validate/.config" ] ||
			die "patch: --validate: $validate is not a configured kernel tree"
		validate=$(cd "$validate" && pwd)
	fi
}

# relabel: spatch's diff with "--- a/REL" and "+++ b/REL", REL relative
# to the PATH argument the file came from ($TMP/bases: "BASE<TAB>FILE").
relabel()
{
	awk -F '\t' '
		FNR == NR { base[$2] = $1; next }
		/^--- / { f = substr($0, 5); sub(/\t.*/, "", f)
			  b = base[f]
			  if (b != "" && index(f, b "/") == 1)
				  f = substr(f, length(b) + 2)
			  sub(/^\.\//, "", f)
			  print "--- a/" f; next }
		/^\+\+\+ / && f != "" { print "+++ b/" f; f = ""; next }
		{ print }' "$TMP/bases" -
}

# tree_root DIR: the root of the kernel tree DIR is in, spelled as a
# prefix of DIR (DIR itself when it is in none).
tree_root()
{
	local d=$1

	while :; do
		if [ -f "$d/Kconfig" ] && [ -f "$d/Makefile" ] &&
		   [ -d "$d/include/linux" ]; then
			echo "$d"
			return
		fi
		case "$d" in
		/|.) break ;;
		esac
		d=$(dirname "$d")
	done
	echo "$1"
}

cocci_patch()
{
	local p f base

	parse_patch_args "$@"
	need_spatch
	cocci_check_jobs
	TMP=$(mktemp -d)
	trap 'undo; rm -rf "$TMP"' EXIT
	: >"$TMP/bases"
	for p in "${paths[@]}"; do
		files=()
		(paths=("$p"); cocci_collect_files; printf '%s\n' "${files[@]}") \
			>"$TMP/files" || exit 2
		if [ -d "$p" ]; then
			base=${p%/}
		else
			base=$(dirname "$p")
		fi
		# a series names files from the root of their kernel tree
		[ -z "$series_dir" ] || base=$(tree_root "$base")
		while read -r f; do
			printf '%s\t%s\n' "$base" "$f"
		done <"$TMP/files" >>"$TMP/bases"
	done
	mapfile -t files < <(cut -f2 "$TMP/bases")
	cocci_prefilter
	if [ -z "$assume_user_addr" ]; then
		while read -r f; do
			plumbing "$f" || die "patch: $f: USER_ADDR_NONE is not defined here (by a header it includes from its directory, or under the include/ of its kernel tree): its allocators take no user address, so __GFP_ZERO would zero through the kernel alias only, wrong on aliasing-cache architectures; pass --assume-user-addr to convert anyway"
		done <"$TMP/relevant"
	fi
	cocci_spatch patch "$TMP/diff"
	# the blank lines spatch 1.3 removes stay, as with 1.1; the comment
	# that described a removed zeroing goes with it
	python3 "$ROOT/lib/gfpzero-blanks.py" <"$TMP/diff" >"$TMP/diff.b" ||
		die "cannot rewrite the diff's blank lines (lib/gfpzero-blanks.py)"
	python3 "$ROOT/lib/gfpzero-comments.py" <"$TMP/diff.b" >"$TMP/diff.c" ||
		die "cannot rewrite the diff's comments (lib/gfpzero-comments.py)"
	relabel <"$TMP/diff.c" >"$TMP/patch"
	patch_output "$TMP/patch"
}
