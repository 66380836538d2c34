# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
# shellcheck disable=SC2034 # ON_SIGNAL is bin/gfpzero's
#
# gfpzero patch --series DIR / --in-place / --validate KDIR: what to do
# with the conversion diff that cocci_patch made.  Sourced by bin/gfpzero
# (after lib/gfpzero-cocci.sh); uses $TMP/bases ("BASE<TAB>FILE"), the
# relabelled diff and the semantic patch's JSON findings.

series_dir=
in_place=
force=
validate=

# ---- splitting the diff ----------------------------------------------

# split_files DIFF: one file per changed file, $TMP/split/N.diff, and
# $TMP/split/index: "N<TAB>REL<TAB>DISKPATH" (lib/gfpzero/series.py).
split_files()
{
	mkdir -p "$TMP/split"
	gz_tool split-diff --bases "$TMP/bases" --dir "$TMP/split" "$1" ||
		tool_failed
}

# The semantic patch's findings for the same files, in $TMP/series.json.
series_findings()
{
	cocci_spatch json "$TMP/json.out"
	gz_tool cocci-json --unique <"$TMP/json.out" >"$TMP/series.json" ||
		die "spatch printed what is not JSON: see $COCCI"
}

# ---- the series --------------------------------------------------------

ident()
{
	local name email

	name=$(git config user.name 2>/dev/null || true)
	email=$(git config user.email 2>/dev/null || true)
	[ -n "$name" ] && [ -n "$email" ] && echo "$name <$email>"
}

# The series of the conversion diff DIFF in $series_dir: one patch per
# converted function (a static callee goes with its caller), and the
# cover letter; their paths on stdout (lib/gfpzero/series.py).
write_series()
{
	if ! { mkdir -p "$series_dir" 2>/dev/null && [ -w "$series_dir" ]; }; then
		die "cannot write the series to $series_dir"
	fi
	series_findings
	gz_tool series --bases "$TMP/bases" --findings "$TMP/series.json" \
		--dir "$series_dir" --version "$VERSION" "$1" || tool_failed
}

# ---- in place ------------------------------------------------------------

# The files --in-place has rewritten so far, and where their originals
# are kept: "DISK<TAB>COPY" in $TMP/inplace.undo.  Interrupted, each goes
# back (through a temporary file and a rename, as it was written).
in_place_undo()
{
	local disk orig tmp

	[ -z "${IN_PLACE_TMP:-}" ] || rm -f "$IN_PLACE_TMP"
	[ -f "$TMP/inplace.undo" ] || return 0
	while IFS=$'\t' read -r disk orig; do
		tmp=$(mktemp "$(dirname "$disk")/.gfpzero.XXXXXX") &&
		cp -p "$orig" "$tmp" && mv "$tmp" "$disk" &&
		echo "gfpzero: restored $disk" >&2
	done <"$TMP/inplace.undo"
}

# Write only the files that change, each through a temporary file and a
# rename; refuse a file with uncommitted changes in git unless --force.
apply_in_place()
{
	local n rel disk tmp changed=0

	split_files "$1"
	[ -f "$TMP/split/index" ] || { echo "gfpzero: nothing to change" >&2; return; }
	while IFS=$'\t' read -r n rel disk; do
		[ -n "$force" ] || ! git -C "$(dirname "$disk")" rev-parse \
			--is-inside-work-tree >/dev/null 2>&1 ||
			[ -z "$(git -C "$(dirname "$disk")" status --porcelain -- "$(basename "$disk")")" ] ||
			die "$disk has uncommitted changes (commit them, or --force)"
	done <"$TMP/split/index"
	mkdir -p "$TMP/orig"
	: >"$TMP/inplace.undo"
	ON_SIGNAL=in_place_undo
	while IFS=$'\t' read -r n _ disk; do
		IN_PLACE_TMP=$(mktemp -u "$(dirname "$disk")/.gfpzero.XXXXXX")
		tmp=$IN_PLACE_TMP
		if ! patch -s -p1 -o "$tmp" "$disk" <"$TMP/split/$n.diff" >/dev/null; then
			rm -f "$tmp" "$tmp.orig" "$tmp.rej"
			die "cannot apply the conversion to $disk"
		fi
		chmod --reference="$disk" "$tmp"
		# the original first, then the record, then the rename: an
		# interruption anywhere leaves nothing it cannot undo
		cp -p "$disk" "$TMP/orig/$n"
		printf '%s\t%s\n' "$disk" "$TMP/orig/$n" >>"$TMP/inplace.undo"
		mv "$tmp" "$disk"
		IN_PLACE_TMP=
		echo "gfpzero: converted $disk" >&2
		changed=$((changed + 1))
	done <"$TMP/split/index"
	ON_SIGNAL=
	echo "gfpzero: $changed files changed" >&2
}

# ---- validation ------------------------------------------------------------

# The patches validate_series has applied to VALIDATE_TREE, last first,
# reverted: when it is done, and when it is interrupted.  A patch recorded
# but not applied yet (the interruption came in between) is left alone.
VALIDATE_TREE=
VALIDATE_APPLIED=()

validate_revert()
{
	local o

	for ((o = ${#VALIDATE_APPLIED[@]} - 1; o >= 0; o--)); do
		if patch -s -R -p1 -f --dry-run -d "$VALIDATE_TREE" \
				<"${VALIDATE_APPLIED[$o]}" >/dev/null 2>&1; then
			patch -s -R -p1 -d "$VALIDATE_TREE" \
				<"${VALIDATE_APPLIED[$o]}" >/dev/null
		fi
	done
	VALIDATE_APPLIED=()
}

# patch_objects PATCH KDIR FUNCTION: the objects that compile what PATCH
# changes: a .c file's own object; for a header, the objects of at most
# three .c files of KDIR that call FUNCTION, outside arch/ (another
# architecture's) and the tools (never the whole kernel).
patch_objects()
{
	local f

	while read -r f; do
		case "$f" in
		*.c)	echo "${f%.c}.o" ;;
		*.h)	grep -rlw --include='*.c' -e "$3" "$2" 2>/dev/null |
				sed "s|^$2/||" |
				grep -v '^\(arch\|tools\|scripts\|Documentation\|samples\)/' |
				LC_ALL=C sort | head -n 3 | sed 's|\.c$|.o|' ;;
		esac
	done < <(sed -n 's|^+++ b/||p' "$1")
}

# compiled_here JSON PATCH: the plugin found, before the patch, a convert
# finding in a header PATCH changes: the host compiles the changed lines.
compiled_here()
{
	local h

	while read -r h; do
		gz_tool any-convert "$1" --file "$h" </dev/null && return 0
	done < <(sed -n 's|^+++ b/\(.*\.h\)$|\1|p' "$2")
	return 1
}

# validate_series KDIR: each patch of the series, in order, applies to KDIR,
# its objects build with the plugin without a convert finding in the
# converted functions, sparse says nothing new, checkpatch --strict takes
# it.  One verdict line a patch: ok, FAILED (why) or not validated (why).
# The tree is left as it was, interrupted or not; make, sparse and the
# plugin's build run through run_child, so that nothing is left running
# either.
validate_series()
{
	local kdir=$1 p objs o fail=0 fns

	[ -f "$kdir/.config" ] || die "--validate: $kdir is not a configured kernel tree"
	VALIDATE_TREE=$kdir
	ON_SIGNAL=validate_revert
	for p in "$series_dir"/[0-9][0-9][0-9][1-9]-*.patch; do
		[ -f "$p" ] || continue
		if ! patch -s -p1 -d "$kdir" --dry-run <"$p" >/dev/null 2>&1; then
			echo "validate: $(basename "$p"): FAILED: does not apply" >&2
			fail=1; continue
		fi
		fns=$(sed -n 's/^Subject: .* use __GFP_ZERO in //p' "$p")
		mapfile -t objs < <(patch_objects "$p" "$kdir" "$fns")
		if [ "${#objs[@]}" -eq 0 ]; then
			echo "validate: $(basename "$p"): not validated: no object of $kdir compiles what it changes (nothing calls $fns())" >&2
			continue
		fi
		for o in "${objs[@]}"; do rm -f "$kdir/$o"; done
		if grep -q '^+++ b/.*\.h$' "$p"; then
			run_child "$0" kbuild --single-pass --format=json "$kdir" \
				"${objs[@]}" >"$TMP/kb.before" 2>/dev/null || true
			if ! compiled_here "$TMP/kb.before" "$p"; then
				echo "validate: $(basename "$p"): not validated: $(uname -m) does not compile the lines it changes (its objects ${objs[*]} have another definition); build the tree for an architecture that does" >&2
				continue
			fi
			for o in "${objs[@]}"; do rm -f "$kdir/$o"; done
		fi
		run_child make -s -C "$kdir" C=2 CHECK=sparse "${objs[@]}" \
			>/dev/null 2>"$TMP/sparse.before" || true
		VALIDATE_APPLIED+=("$p")
		patch -s -p1 -d "$kdir" <"$p" >/dev/null
		if ! run_child "$0" kbuild --single-pass --format=json "$kdir" \
				"${objs[@]}" >"$TMP/kb.json" 2>"$TMP/kb.err" &&
		   ! [ -s "$TMP/kb.json" ]; then
			echo "validate: $(basename "$p"): FAILED: the objects do not build" >&2
			sed 's/^/  /' "$TMP/kb.err" >&2
			fail=1; continue
		fi
		if gz_tool any-convert "$TMP/kb.json" --function "$fns"; then
			echo "validate: $(basename "$p"): FAILED: the plugin still finds a conversion in $fns()" >&2
			fail=1; continue
		fi
		run_child make -s -C "$kdir" C=2 CHECK=sparse "${objs[@]}" \
			>/dev/null 2>"$TMP/sparse.after" || true
		if ! sparse_no_new "$TMP/sparse.before" "$TMP/sparse.after"; then
			echo "validate: $(basename "$p"): FAILED: new sparse warnings:" >&2
			sed 's/^/  /' "$TMP/sparse.new" >&2
			fail=1; continue
		fi
		if ! run_child checkpatch "$kdir" "$p" >"$TMP/cp.out" 2>&1; then
			echo "validate: $(basename "$p"): FAILED: checkpatch.pl --strict:" >&2
			sed 's/^/  /' "$TMP/cp.out" >&2
			fail=1; continue
		fi
		echo "validate: $(basename "$p"): ok" >&2
	done
	validate_revert
	ON_SIGNAL=
	[ "$fail" -eq 0 ] || die "--validate: some patches failed (see above)"
}

# checkpatch KDIR PATCH: the tree's checkpatch.pl --strict on PATCH.
# shellcheck disable=SC2046 # no option at all when there is an identity
checkpatch()
{
	cd "$1" && scripts/checkpatch.pl --strict -q \
		$(ident >/dev/null || echo --no-signoff) "$2"
}

# sparse warnings without their line numbers: none after that was not before
sparse_no_new()
{
	grep -E 'warning|error' "$1" | sed 's/:[0-9]*:[0-9]*:/:/' | sort >"$TMP/s.before"
	grep -E 'warning|error' "$2" | sed 's/:[0-9]*:[0-9]*:/:/' | sort >"$TMP/s.after"
	comm -13 "$TMP/s.before" "$TMP/s.after" >"$TMP/sparse.new"
	[ ! -s "$TMP/sparse.new" ]
}

# What cocci_patch does with the diff.
patch_output()
{
	if [ -n "$in_place" ]; then
		apply_in_place "$1"
	elif [ -n "$series_dir" ]; then
		write_series "$1"
		[ -z "$validate" ] || validate_series "$validate"
	else
		cat "$1"
	fi
}
