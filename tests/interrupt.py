#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-only
"""Interrupt a command mid-run, as a user would, for tests/run.

Runs CMD as the leader of a session of its own (signals at their default
dispositions, as from a terminal), waits for the moment given, sends the
signal, waits for CMD to exit, and says what is left: the exit status,
CMD's stderr, and any process still in its session (there must be none:
an orphaned make or spatch).  The moment is one of

  --after-line REGEX   CMD wrote a line matching REGEX on stderr; stderr
		       is a pipe of one page that is not read further
		       until the signal is sent, so CMD is held mid-way in
		       what it was writing about (a loop that reports
		       each step)
  --after-change FILE  FILE's content changed (a tree being patched)
  --after-process RE   a process whose command line matches RE runs in
		       CMD's session (make, spatch)

Usage: interrupt.py (--after-line RE | --after-change FILE |
		     --after-process RE) [--signal TERM] [--timeout S] -- CMD...
Prints "exit N", then "left PID CMD" for each process left, then the
stderr of CMD indented; exit status 0 when the signal was sent.
"""

import argparse
import fcntl
import os
import re
import signal
import subprocess
import sys
import time

F_SETPIPE_SZ = 1031


def session(sid):
	"""[(pid, command line)] of the processes in session SID."""
	out = []
	for d in os.listdir("/proc"):
		if not d.isdigit():
			continue
		try:
			with open("/proc/%s/stat" % d) as fp:
				st = fp.read()
			fields = st[st.rindex(")") + 2:].split()
			if int(fields[3]) != sid or fields[0] == "Z":
				continue
			with open("/proc/%s/cmdline" % d, "rb") as fp:
				cmd = fp.read().replace(b"\0", b" ").decode(errors="replace")
			out.append((int(d), cmd.strip()))
		except (OSError, ValueError, IndexError):
			continue
	return out


def main():
	ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
	ap.add_argument("--after-line")
	ap.add_argument("--after-change")
	ap.add_argument("--after-process")
	ap.add_argument("--signal", default="TERM")
	ap.add_argument("--timeout", type=float, default=600)
	ap.add_argument("cmd", nargs="+")
	args = ap.parse_args()
	sig = getattr(signal, "SIG" + args.signal)
	r, w = os.pipe()
	fcntl.fcntl(w, F_SETPIPE_SZ, 4096)
	before = None
	if args.after_change:
		with open(args.after_change, "rb") as fp:
			before = fp.read()

	def child():
		signal.signal(signal.SIGINT, signal.SIG_DFL)
		signal.signal(signal.SIGTERM, signal.SIG_DFL)

	p = subprocess.Popen(args.cmd, stdout=subprocess.DEVNULL, stderr=w,
			     start_new_session=True, preexec_fn=child)
	os.close(w)
	err = os.fdopen(r, errors="replace")
	seen = []
	deadline = time.time() + args.timeout
	sent = False
	if args.after_line:
		for line in err:
			seen.append(line)
			if re.search(args.after_line, line):
				time.sleep(1)	# CMD writes on until the pipe is full
				break
	else:
		fcntl.fcntl(r, fcntl.F_SETFL, os.O_NONBLOCK)
	while not sent and time.time() < deadline and p.poll() is None:
		if args.after_line:
			break
		if args.after_change:
			with open(args.after_change, "rb") as fp:
				if fp.read() != before:
					break
		if args.after_process and any(
			re.search(args.after_process, c) for _, c in session(p.pid)):
			break
		try:
			seen.append(err.read() or "")
		except (BlockingIOError, TypeError):
			pass
		time.sleep(0.2)
	if p.poll() is None:
		os.kill(p.pid, sig)
		sent = True
	fcntl.fcntl(r, fcntl.F_SETFL, 0)
	seen.append(err.read())
	rc = p.wait()
	time.sleep(1)
	print("exit %d" % (128 - rc if rc < 0 else rc))
	for pid, cmd in session(p.pid):
		print("left %d %s" % (pid, cmd))
	for line in "".join(seen).split("\n"):
		print("  " + line)
	return 0 if sent else 1


if __name__ == "__main__":
	sys.exit(main())
