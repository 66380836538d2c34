# SPDX-License-Identifier: GPL-2.0-only
"""gfpzero: the data handling of the gfpzero command (bin/gfpzero).

The shell script runs the compilers and spatch; what it reads and writes
between them is handled here, through lib/gfpzero-tool.py:

  findings   the JSON findings: reading, merging, printing, the summary
  catalogue  include/gfpzero_catalogue.h's names and fields
  clex       the C lexer and the kernel-style function finder
  prefilter  the files that can hold a finding (before spatch)
  slice      the copies spatch is given, bodies that cannot matter blank
  unparsed   spatch's parse errors that would lose a finding
  failures   spatch's and the compiler's failures, as gfpzero errors
  series     the conversion diff's paths, the diff split per file and
             per function, the patch series
"""
