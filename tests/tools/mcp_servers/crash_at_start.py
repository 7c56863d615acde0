"""An MCP server that dies before it answers anything: its stderr says why (issue 14 tests)."""

from __future__ import annotations

import sys

for number in range(30):
    print(f"starting step {number}", file=sys.stderr)
print("fatal: the configuration is broken", file=sys.stderr, flush=True)
sys.exit(2)
