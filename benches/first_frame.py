#!/usr/bin/env python3
"""Time to the first painted frame of the sample: byline against less, in the same run.

Each program is started in a fresh 120x40 pseudo-terminal, alternately, RUNS times; the time
from start until a word of the finished screen has been written is taken (byline: the
Timeline pane's title, drawn with the analysed article; less: a word of the sample's first
line). The medians are printed, with their ratio.

    python3 benches/first_frame.py [target/release/byline] [runs]
"""

import fcntl
import os
import pty
import select
import signal
import statistics
import struct
import sys
import termios
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SAMPLE = os.path.join(ROOT, "seeds", "putin-iran-israel-calls.txt")
COLUMNS, ROWS = 120, 40
TIMEOUT = 10.0


def first_frame(argv, marker):
    """Seconds from starting `argv` in a pseudo-terminal until `marker` is written."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.environ.pop("NO_COLOR", None)
        os.execvp(argv[0], argv)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))
    seen = b""
    elapsed = None
    try:
        while time.perf_counter() - start < TIMEOUT:
            ready, _, _ = select.select([fd], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
            if marker in seen:
                elapsed = time.perf_counter() - start
                break
    finally:
        os.kill(pid, signal.SIGTERM)
        os.waitpid(pid, 0)
        os.close(fd)
    if elapsed is None:
        sys.exit(f"{argv[0]} never wrote {marker!r}")
    return elapsed


def main():
    byline = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "target/release/byline")
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
    programs = {
        "less": (["less", SAMPLE], b"Putin"),
        "byline": ([byline, SAMPLE], b"Timeline"),
    }
    times = {name: [] for name in programs}
    for _ in range(runs):
        for name, (argv, marker) in programs.items():
            times[name].append(first_frame(argv, marker))
    medians = {name: statistics.median(t) * 1000 for name, t in times.items()}
    for name, ms in medians.items():
        print(f"{name:7} first frame: median {ms:.1f} ms over {runs} runs")
    print(f"byline / less: {medians['byline'] / medians['less']:.2f}")


if __name__ == "__main__":
    main()
