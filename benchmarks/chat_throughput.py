"""Benchmark: app path vs llama-cpp-python's raw loop, and GUI stalls while streaming.

    python benchmarks/chat_throughput.py [--model PATH] [--tokens 256] [--runs 3]

The same as `desktop-llm bench`; figures are printed one per line, never asserted.
"""

from __future__ import annotations

import sys

from desktop_llm.cli.entry import main

if __name__ == "__main__":
    sys.exit(main(["bench", *sys.argv[1:]]))
