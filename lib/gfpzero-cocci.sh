# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
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

# The files that can hold a finding, one a line in $TMP/relevant
# (lib/gfpzero/prefilter.py: what the semantic patch's first rules ask
# for, see cocci/gen-catalogue), in the order of the files (the order of
# a patch series).
cocci_prefilter()
{
	"$ROOT/cocci/gen-catalogue" --arities >"$TMP/arities" ||
		die "cannot list the allocators' arities (cocci/gen-catalogue --arities)"
	printf '%s\0' "${files[@]}" |
		gz_tool prefilter --catalogue "$CATALOGUE" --jobs "${jobs:-1}" \
			--arities "$TMP/arities" >"$TMP/relevant" || tool_failed
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
	gz_tool spatch-failed --origin "$TMP/origin" --abs "$TMP/abs" \
		"$TMP/spatch.err" || exit 2
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
# the functions that cannot hold a fact are blank (lib/gfpzero/slice.py),
# where there are such; the semantic patch reads the file itself
# ($TMP/origin: "COPY<TAB>ABSOLUTE").  $TMP/abs then maps the copy to
# the path as given, for what spatch prints.
cocci_slice()
{
	mkdir -p "$TMP/slice"
	gz_tool slice --catalogue "$CATALOGUE" --dir "$TMP/slice" \
		--abs "$TMP/abs" --origin "$TMP/origin" || tool_failed
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
		gz_tool diff-paths --given "$TMP/abs" || tool_failed
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
# in code without those calls) lose nothing and are not reported.  The
# function around a parse error is found by its kernel layout
# (lib/gfpzero/clex.py, functions()); lib/gfpzero/unparsed.py.
cocci_unparsed()
{
	gz_tool unparsed --catalogue "$CATALOGUE" --abs "$TMP/abs" \
		"$TMP/spatch.err" || exit 2
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

# plumbing FILE: the conversion is correct there: FILE, or a header it
# includes from its own directory, or the include/ directory of the
# kernel tree FILE is in (the nearest ancestor with include/linux/),
# defines USER_ADDR_NONE.  The semantic patch's own test decides
# (cocci/engine/analyse.py).
plumbing()
{
	gz_tool plumbing "$1" >/dev/null
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
		--cross|--cross=*)	optval "$@"; cross_given=1; cross=$OPTVAL ;;
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
	[ -z "${cross_given:-}" ] || [ -n "$validate" ] ||
		die "patch: --cross goes with --validate"
	parse_cross
	if [ -n "$series_dir" ]; then
		if ! { mkdir -p "$series_dir" 2>/dev/null && [ -w "$series_dir" ]; }; then
			die "patch: cannot write the series to $series_dir"
		fi
		series_dir=$(cd "$series_dir" && pwd)
	fi
	if [ -n "$validate" ]; then
		[ -f "$validate/.config" ] ||
			die "patch: --validate: $validate is not a configured kernel tree"
		validate=$(cd "$validate" && pwd)
	fi
}

# --cross=LIST: the architectures, comma-separated, or none.
parse_cross()
{
	local a list=

	[ "$cross" != none ] || { cross=; return; }
	for a in ${cross//,/ }; do
		cross_arch "$a" >/dev/null ||
			die "patch: --cross: unknown architecture $a (${CROSS_ARCHES// /, } or none)"
		list+=" $a"
	done
	[ -n "$list" ] || die "patch: --cross: no architecture given"
	cross=${list# }
}

# relabel: spatch's diff with "--- a/REL" and "+++ b/REL", REL relative
# to the PATH argument the file came from ($TMP/bases: "BASE<TAB>FILE").
relabel()
{
	gz_tool diff-paths --relabel "$TMP/bases" || tool_failed
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
	gz_python "$ROOT/lib/gfpzero-blanks.py" <"$TMP/diff" >"$TMP/diff.b" ||
		die "cannot rewrite the diff's blank lines (lib/gfpzero-blanks.py)"
	gz_python "$ROOT/lib/gfpzero-comments.py" <"$TMP/diff.b" >"$TMP/diff.c" ||
		die "cannot rewrite the diff's comments (lib/gfpzero-comments.py)"
	relabel <"$TMP/diff.c" >"$TMP/patch"
	patch_output "$TMP/patch"
}
