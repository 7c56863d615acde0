"""Entry point of the packaged app: one executable for the window, the CLI, and `--worker engine`."""

import multiprocessing
import sys

from desktop_llm.cli.entry import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
