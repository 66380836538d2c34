# SPDX-License-Identifier: GPL-2.0-only
"""gfpzero: the data handling of the gfpzero command (bin/gfpzero).

The shell script runs the compilers and spatch; what it reads and writes
between them is handled here, through lib/gfpzero-tool.py:

  findings  the JSON findings: reading, merging, printing, the summary
"""
