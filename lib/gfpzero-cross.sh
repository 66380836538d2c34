# SPDX-License-Identifier: GPL-2.0-only
# shellcheck shell=bash
# shellcheck disable=SC2034 # CROSS_ARCHES is the sourcing scripts'
#
# The architectures whose data caches alias, where the cache maintenance
# of a user page's zeroing is real, with Debian's cross compiler for
# each and the configuration their kernels are built with.  Sourced by
# bin/gfpzero (patch --validate builds a patch for one of them when the
# host does not compile the lines it changes) and scripts/cross-kernel
# (the tests' cross builds).
#
#   ARCH     CROSS_COMPILE        configuration
#   arm      arm-linux-gnueabi-   multi_v7_defconfig
#   mips     mips-linux-gnu-      malta_defconfig
#   parisc   hppa-linux-gnu-      generic-32bit_defconfig
#
# The compilers are Debian's gcc-TRIPLET and gcc-N-plugin-dev-TRIPLET.

CROSS_ARCHES="arm mips parisc"

# cross_arch ARCH: prints "TRIPLET DEFCONFIG"; fails for another ARCH.
cross_arch()
{
	case "$1" in
	arm)	echo arm-linux-gnueabi multi_v7_defconfig ;;
	mips)	echo mips-linux-gnu malta_defconfig ;;
	parisc)	echo hppa-linux-gnu generic-32bit_defconfig ;;
	*)	return 1 ;;
	esac
}

# cross_missing TRIPLET: what is missing to build the plugin and a kernel
# with TRIPLET-gcc, as the Debian packages to install; nothing when
# nothing is.
cross_missing()
{
	local cc=$1-gcc dir major

	if ! command -v "$cc" >/dev/null 2>&1; then
		echo "gcc-$1"
		return
	fi
	dir=$("$cc" -print-file-name=plugin 2>/dev/null) || true
	[ -f "$dir/include/plugin-version.h" ] && return
	major=$("$cc" -dumpversion 2>/dev/null | cut -d. -f1)
	echo "gcc-${major:-N}-plugin-dev-$1"
}
