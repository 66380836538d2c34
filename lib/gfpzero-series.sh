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
cross=$CROSS_ARCHES
GZ_CACHE=${GFPZERO_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gfpzero}

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

# The tree a patch is validated in: the source (KDIR, or the cross tree's
# copy), the output directory (O=), the architecture and CROSS_COMPILE;
# the last three empty for KDIR itself, built for the host.
V_SRC=
V_OUT=
V_ARCH=
V_CROSS=

# What validate_series has changed, undone when it is done and when it is
# interrupted: the patches applied to KDIR, last first, reverted (a patch
# recorded but not applied yet, the interruption came in between, is
# left alone); the files of the cross tree's copy made files of their
# own to be patched, links to KDIR's again; the .i files made in KDIR,
# removed.
VALIDATE_APPLIED=()
VALIDATE_COPIED=()
VALIDATE_MADE=()

validate_revert()
{
	local o

	for ((o = ${#VALIDATE_APPLIED[@]} - 1; o >= 0; o--)); do
		if patch -s -R -p1 -f --dry-run -d "$validate" \
				<"${VALIDATE_APPLIED[$o]}" >/dev/null 2>&1; then
			patch -s -R -p1 --no-backup-if-mismatch -d "$validate" \
				<"${VALIDATE_APPLIED[$o]}" >/dev/null
		fi
	done
	for o in ${VALIDATE_COPIED[@]+"${VALIDATE_COPIED[@]}"}; do
		ln -sfn "$validate/$o" "$CROSS_SRC/$o"
	done
	rm -f ${VALIDATE_MADE[@]+"${VALIDATE_MADE[@]}"}
	VALIDATE_APPLIED=()
	VALIDATE_COPIED=()
	VALIDATE_MADE=()
}

# v_make ARG...: the tree's make, for its architecture.
v_make()
{
	run_child make -s -C "$V_SRC" -j"${jobs:-$(nproc)}" ${V_OUT:+O="$V_OUT"} \
		${V_ARCH:+ARCH="$V_ARCH"} ${V_CROSS:+CROSS_COMPILE="$V_CROSS"} "$@"
}

# v_kbuild OBJECT...: gfpzero kbuild of the objects, JSON on stdout; for
# another architecture with the plugin built for its compiler.
v_kbuild()
{
	if [ -n "$V_ARCH" ]; then
		run_child env -u CC -u GFPZERO_PLUGIN CROSS_COMPILE="$V_CROSS" \
			"$0" kbuild --single-pass --format=json --jobs="${jobs:-$(nproc)}" \
			--arch="$V_ARCH" "$V_SRC" O="$V_OUT" "$@"
	else
		run_child "$0" kbuild --single-pass --format=json --jobs="${jobs:-$(nproc)}" \
			"$V_SRC" "$@"
	fi
}

# patch_objects PATCH KDIR FUNCTION: the objects that may compile what
# PATCH changes: a .c file's own object; for a header, the objects of at
# most three .c files of KDIR that call FUNCTION, outside arch/ (another
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

# compiling_objects PATCH OBJECT...: of the OBJECTs, those whose unit, as
# the tree's make preprocesses it for its architecture, holds a line
# PATCH changes (lib/gfpzero/compiled.py), in $objs.  The .i files it
# makes are removed again (in KDIR, those that were not there before:
# at the latest by validate_revert, with their .cmd files).
compiling_objects()
{
	local p=$1 o i objtree=${V_OUT:-$V_SRC} is=() made=()

	shift
	for o in "$@"; do
		i=$objtree/${o%.o}.i
		if [ ! -e "$i" ]; then
			made+=("$i")
			[ -n "$V_OUT" ] ||
				VALIDATE_MADE+=("$i" "$(dirname "$i")/.$(basename "$i").cmd")
		fi
		v_make "${o%.o}.i" >/dev/null 2>&1 && is+=("$i")
	done
	objs=()
	if [ ${#is[@]} -gt 0 ]; then
		mapfile -t objs < <(gz_tool compiles "$p" --srctree "$V_SRC" \
			--objtree "$objtree" "${is[@]}" |
			sed "s|^$objtree/||; s|\.i$|.o|")
	fi
	rm -f ${made[@]+"${made[@]}"}
	[ ${#objs[@]} -gt 0 ]
}

# cross_tree ARCH: V_* for ARCH's build of KDIR, made once in the cache:
# a copy of KDIR made of symbolic links to its files, with KDIR's own
# configuration and objects removed (make mrproper, as the kernel's O=
# builds want), and an output directory configured with ARCH's
# configuration.  The copy follows KDIR's files; it is made again when
# KDIR's Makefile (its version) changes.  Fails, with why in
# $CROSS_WHY, when ARCH's compiler or its plugin headers are missing.
CROSS_SRC=
cross_tree()
{
	local arch=$1 triplet defconfig dir missing stamp

	read -r triplet defconfig <<<"$(cross_arch "$arch")"
	missing=$(cross_missing "$triplet")
	if [ -n "$missing" ]; then
		CROSS_WHY="no $triplet-gcc with plugin headers (install $missing)"
		return 1
	fi
	dir=$GZ_CACHE/validate/$(basename "$validate")-$(printf %s "$validate" | md5sum | cut -c1-8)
	mkdir -p "$dir" || die "--validate: cannot write $dir"
	exec 8>"$dir/lock"
	flock 8
	stamp=$(md5sum <"$validate/Makefile")
	if [ "$(cat "$dir/src.stamp" 2>/dev/null)" != "$stamp" ]; then
		echo "gfpzero: validate: a copy of $validate for cross builds, made once: $dir/src" >&2
		rm -rf "$dir/src" "$dir/src.new" "$dir"/out-*
		if ! { cp -as "$validate" "$dir/src.new" &&
		       run_child make -s -C "$dir/src.new" mrproper >/dev/null 2>&1 &&
		       mv "$dir/src.new" "$dir/src"; }; then
			die "--validate: cannot make a clean copy of $validate in $dir"
		fi
		echo "$stamp" >"$dir/src.stamp"
	fi
	CROSS_SRC=$dir/src
	V_SRC=$dir/src
	V_OUT=$dir/out-$arch
	V_ARCH=$arch
	V_CROSS=$triplet-
	if [ ! -f "$V_OUT/.gfpzero-configured" ]; then
		echo "gfpzero: validate: configuring $V_OUT: ARCH=$arch $defconfig, made once" >&2
		rm -rf "$V_OUT"
		mkdir -p "$V_OUT"
		v_make "$defconfig" >"$TMP/defconfig.log" 2>&1 || {
			sed 's/^/  /' "$TMP/defconfig.log" >&2
			die "--validate: cannot configure $V_OUT for $arch"
		}
		touch "$V_OUT/.gfpzero-configured"
	fi
}

# validate_where PATCH OBJECT...: the tree to validate PATCH in (V_*) and
# its objects that compile the lines it changes ($objs): KDIR for the
# host, else the first architecture of $cross that compiles them.  Fails
# with why in $WHERE_WHY.
validate_where()
{
	local p=$1 arch tried=() missing=()

	shift
	V_SRC=$validate
	V_OUT=
	V_ARCH=
	V_CROSS=
	compiling_objects "$p" "$@" && return 0
	for arch in $cross; do
		if ! cross_tree "$arch"; then
			missing+=("$arch: $CROSS_WHY")
			continue
		fi
		compiling_objects "$p" "$@" && return 0
		tried+=("$arch")
	done
	WHERE_WHY="$(uname -m) does not compile the lines it changes (none of $* does)"
	[ ${#tried[@]} -eq 0 ] || WHERE_WHY+=", nor does ${tried[*]}"
	[ ${#missing[@]} -eq 0 ] ||
		WHERE_WHY+="; not cross-built: $(printf '%s; ' "${missing[@]}")"
	WHERE_WHY=${WHERE_WHY%; }
	[ -n "$cross" ] || WHERE_WHY+="; --cross=none"
	return 1
}

# v_apply PATCH: PATCH applied to the tree to validate in: KDIR's
# patches are recorded to be reverted; in the cross tree's copy, the
# files it changes become files of their own first.
v_apply()
{
	local f

	if [ -z "$V_ARCH" ]; then
		VALIDATE_APPLIED+=("$1")
	else
		while read -r f; do
			[ -L "$V_SRC/$f" ] || continue	# an earlier patch's
			VALIDATE_COPIED+=("$f")
			cp --remove-destination "$validate/$f" "$V_SRC/$f"
		done < <(sed -n 's|^+++ b/||p' "$1")
	fi
	patch -s -p1 --no-backup-if-mismatch -d "$V_SRC" <"$1" >/dev/null
}

# sparse_before: the objects built with sparse before the patch, its
# warnings in $TMP/sparse.before; an object that does not build (a unit
# that the configuration leaves out: the tree's make builds a single
# object all the same) is left out of $objs.  Fails when none builds.
sparse_before()
{
	local o ok=()

	: >"$TMP/sparse.before"
	for o in "${objs[@]}"; do
		rm -f "${V_OUT:-$V_SRC}/$o"
		v_make C=2 CHECK=sparse "$o" >/dev/null 2>"$TMP/sparse.one" &&
			ok+=("$o")
		cat "$TMP/sparse.one" >>"$TMP/sparse.before"
	done
	objs=(${ok[@]+"${ok[@]}"})
	[ ${#objs[@]} -gt 0 ]
}

# validate_one PATCH: prints PATCH's verdict; fails when it failed.
validate_one()
{
	local p=$1 name fns objs o built

	name=$(basename "$p")
	if ! patch -s -p1 -d "$validate" --dry-run <"$p" >/dev/null 2>&1; then
		echo "validate: $name: FAILED: does not apply" >&2
		return 1
	fi
	fns=$(sed -n 's/^Subject: .* use __GFP_ZERO in //p' "$p")
	mapfile -t objs < <(patch_objects "$p" "$validate" "$fns")
	if [ "${#objs[@]}" -eq 0 ]; then
		echo "validate: $name: not validated: no object of $validate compiles what it changes (nothing calls $fns())" >&2
		return 0
	fi
	if ! validate_where "$p" "${objs[@]}"; then
		echo "validate: $name: not validated: $WHERE_WHY" >&2
		return 0
	fi
	if ! sparse_before; then
		echo "validate: $name: not validated: its objects do not build before it either${V_ARCH:+ for ARCH=$V_ARCH} (${objs[*]})" >&2
		return 0
	fi
	built=${V_ARCH:+ (built for ARCH=$V_ARCH: ${objs[*]})}
	v_apply "$p"
	if ! v_kbuild "${objs[@]}" >"$TMP/kb.json" 2>"$TMP/kb.err" &&
	   ! [ -s "$TMP/kb.json" ]; then
		echo "validate: $name: FAILED: the objects do not build$built" >&2
		sed 's/^/  /' "$TMP/kb.err" >&2
		return 1
	fi
	if gz_tool any-convert "$TMP/kb.json" --function "$fns"; then
		echo "validate: $name: FAILED: the plugin still finds a conversion in $fns()$built" >&2
		return 1
	fi
	v_make C=2 CHECK=sparse "${objs[@]}" >/dev/null 2>"$TMP/sparse.after" || true
	if ! sparse_no_new "$TMP/sparse.before" "$TMP/sparse.after"; then
		echo "validate: $name: FAILED: new sparse warnings$built:" >&2
		sed 's/^/  /' "$TMP/sparse.new" >&2
		return 1
	fi
	if ! run_child checkpatch "$validate" "$p" >"$TMP/cp.out" 2>&1; then
		echo "validate: $name: FAILED: checkpatch.pl --strict:" >&2
		sed 's/^/  /' "$TMP/cp.out" >&2
		return 1
	fi
	echo "validate: $name: ok$built" >&2
}

# validate_series: each patch of the series, in order, applies to KDIR
# ($validate), and where the lines it changes are compiled (KDIR for the
# host; else a cross build, cross_tree) its objects build with the plugin
# without a convert finding in the converted functions, sparse says
# nothing new, checkpatch --strict takes it.  One verdict line a patch:
# ok, FAILED (why) or not validated (why).  KDIR is left as it was,
# interrupted or not; make, sparse and the plugin's build run through
# run_child, so that nothing is left running either.
validate_series()
{
	local p fail=0

	[ -f "$validate/.config" ] || die "--validate: $validate is not a configured kernel tree"
	ON_SIGNAL=validate_revert
	for p in "$series_dir"/[0-9][0-9][0-9][1-9]-*.patch; do
		[ -f "$p" ] || continue
		validate_one "$p" || fail=1
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
