import sys

from desktop_llm.cli.entry import main

sys.exit(main())
