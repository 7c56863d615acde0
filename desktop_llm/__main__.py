import sys

from desktop_llm.cli import main

sys.exit(main())
