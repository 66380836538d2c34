# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
#
# tests/run's suite "arches" (sourced by tests/run, which defines t(),
# fail(), gz() and $TMP): Debian's linux-source-7.2 built for the
# architectures whose data caches alias, where the cache-flush path of a
# user page's zeroing is real: 32-bit ARM (multi_v7_defconfig), MIPS
# (malta_defconfig) and PA-RISC (generic-32bit_defconfig), with Debian
# 12's cross compilers (GCC 12) and their plugin headers
# (scripts/cross-kernel; make deps-arches installs them).
#
# For each: gfpzero kbuild --arch builds mm/ with the plugin in an output
# directory of its own (O=) with no internal compiler error, and finds
# exactly the sites ARCH_SITES names (docs/architectures.md): all three
# compile the generic vma_alloc_zeroed_movable_folio() of
# include/linux/highmem.h, whose clear_user_highpage() each architecture
# spells its own way (on ARM a macro over an indirect call).

ARCHES=${GFPZERO_ARCHES:-arm mips parisc}
KVER=7.2

# ARCH_SITES: "ARCH|FILE|the zeroing's text|check|reason" a line; the
# line of the finding is found in the source by its text.
ARCH_SITES="
arm|include/linux/highmem.h|clear_user_highpage(&folio->page, vaddr);|manual-zeroing|
mips|include/linux/highmem.h|clear_user_highpage(&folio->page, vaddr);|manual-zeroing|
parisc|include/linux/highmem.h|clear_user_highpage(&folio->page, vaddr);|manual-zeroing|
"

declare -A ARCH_SRC=() ARCH_OUT=()

test_arch_compiler()
{
	local triplet

	# shellcheck disable=SC2034 # CC is set by the eval, kept local
	local CROSS_COMPILE CC

	eval "$(scripts/cross-kernel --env "$1")"
	triplet=${CROSS_COMPILE%-}
	command -v "${triplet}-gcc" >/dev/null 2>&1 ||
		fail "no ${triplet}-gcc: install gcc-$triplet (make deps-arches)" || return
	"${triplet}-gcc" --version | head -n 1
	[ -f "$("${triplet}-gcc" -print-file-name=plugin)/include/plugin-version.h" ] ||
		fail "no plugin headers for ${triplet}-gcc: install gcc-12-plugin-dev-$triplet (make deps-arches)"
}

test_arch_tree()
{
	local src out

	read -r src out <<<"$(scripts/cross-kernel "$KVER" "$1" 2>"$TMP/err")" ||
		fail "scripts/cross-kernel $KVER $1 failed:" "$TMP/err" || return
	[ -f "$out/.config" ] || fail "no $out/.config" || return
	ARCH_SRC[$1]=$src
	ARCH_OUT[$1]=$out
}

# gfpzero kbuild --inventory of mm/ for ARCH; findings in
# $TMP/arch-ARCH.json, the zeroings not followed to an allocation in
# $TMP/arch-ARCH.inv, the objects built in $TMP/arch-ARCH.objs.
test_arch_kbuild()
{
	local a=$1 out=${ARCH_OUT[$1]:-} start

	[ -n "$out" ] || fail "no tree: see the test before" || return
	start=$TMP/arch-$a.start
	touch "$start"
	rc=0
	(eval "$(scripts/cross-kernel --env "$a")" &&
	 exec /usr/bin/time -f "%e s wall, %U s user, %S s system" -o "$TMP/arch-$a.time" \
		bin/gfpzero kbuild --arch="$a" --format=json --inventory --jobs=2 \
		"${ARCH_SRC[$a]}" O="$out" mm/) >"$TMP/arch-$a.all" 2>"$TMP/err" || rc=$?
	jq '[.[] | select(.check)]' "$TMP/arch-$a.all" >"$TMP/arch-$a.json"
	jq '[.[] | select(.kind == "inventory")]' "$TMP/arch-$a.all" >"$TMP/arch-$a.inv"
	mkdir -p "${GFPZERO_ARCH_OUT:-$TMP}"
	cp "$TMP/arch-$a.all" "${GFPZERO_ARCH_OUT:-$TMP}/arch-$a.all"
	find "$out/mm" -name '*.o' -newer "$start" ! -name '*.mod.o' \
		! -name 'built-in*' >"$TMP/arch-$a.objs"
	[ "$rc" -le 1 ] || fail "exit status $rc:" "$TMP/err" || return
	! grep -q 'internal compiler error' "$TMP/err" ||
		fail "an internal compiler error:" "$TMP/err" || return
	[ -s "$TMP/arch-$a.objs" ] || fail "no object of mm/ built"
}

# What ARCH's build gave, as TAP comments: counts, each finding and each
# zeroing with a user address the inventory holds (the rest are memset()
# and kernel-page helpers on parameters and objects).
arch_summary()
{
	local a=$1

	echo "# $a: $(wc -l <"$TMP/arch-$a.objs") objects of mm/ built," \
		"$(jq length "$TMP/arch-$a.json") findings," \
		"$(jq length "$TMP/arch-$a.inv") zeroings not followed to an allocation (inventory)," \
		"$(jq '[.[] | select(.user_addr)] | length' "$TMP/arch-$a.inv") of them with a user address;" \
		"$(tail -n 1 "$TMP/arch-$a.time")"
	jq -r '.[] | select(.check or .user_addr) |
		"#   \(.file):\(.line): \(.function): " +
		(if .check then "\(.check)\(if .reason then " (\(.reason))" else "" end), \(.alloc.callee)"
		 else "\(.zeroing) of \(.origin) [inventory]" end)' "$TMP/arch-$a.all"
}

# test_arch_site ARCH FILE TEXT CHECK REASON: one finding at the only line
# of FILE holding TEXT, with CHECK and REASON ("" for none).
test_arch_site()
{
	local a=$1 file=$2 text=$3 z

	[ -s "$TMP/arch-$a.json" ] || fail "no findings: see the test before" || return
	z=$(grep -nF -- "$text" "${ARCH_SRC[$a]}/$file" | cut -d: -f1)
	[ "$(echo "$z" | wc -w)" -eq 1 ] || fail "no single '$text' in $file" || return
	echo "$file $z" >>"$TMP/arch-$a.seen"
	jq -e --arg f "$file" --argjson z "$z" --arg c "$4" --arg r "$5" \
		'[.[] | select(.file == $f and .line == $z)] |
		 length == 1 and .[0].check == $c and (.[0].reason // "") == $r' \
		"$TMP/arch-$a.json" >/dev/null ||
		fail "want $file:$z $4 ${5:-}, got:" \
			<(jq -c --arg f "$file" '.[] | select(.file == $f)' "$TMP/arch-$a.json")
}

test_arch_exact()
{
	local a=$1

	diff -u --label expected --label found \
		<(LC_ALL=C sort -u "$TMP/arch-$a.seen" 2>/dev/null) \
		<(jq -r '.[] | "\(.file) \(.line)"' "$TMP/arch-$a.json" | LC_ALL=C sort -u) \
		>"$TMP/exact.diff" || fail "the sites differ:" "$TMP/exact.diff"
}

suite_arches()
{
	local a file text check reason

	for a in $ARCHES; do
		t "$a: Debian 12's cross compiler (GCC 12) with its plugin headers" \
			test_arch_compiler "$a" || continue
		t "$a: linux-source-$KVER configured in an output directory (O=)" \
			test_arch_tree "$a" || continue
		t "$a: gfpzero kbuild --arch=$a of mm/ with the plugin, no ICE" \
			test_arch_kbuild "$a" || continue
		arch_summary "$a"
		: >"$TMP/arch-$a.seen"
		while IFS='|' read -r arch file text check reason; do
			[ "$arch" = "$a" ] || continue
			t "$a: $file: '$text' is $check${reason:+ ($reason)}" \
				test_arch_site "$a" "$file" "$text" "$check" "$reason"
		done <<<"$ARCH_SITES"
		t "$a: no other finding" test_arch_exact "$a"
	done
}
