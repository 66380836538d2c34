# SPDX-License-Identifier: GPL-2.0-only
#
# The engine of cocci/gfpzero.cocci: the Python its script rules call.
# cocci/gen-catalogue splices these modules, in the order their imports
# give, into the @initialize:python@ rule of that one file (spatch and
# make coccicheck take a single file); here they are a package, so that
# tests/unit can import them.  This file is not spliced.
