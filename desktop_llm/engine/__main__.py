import sys

from desktop_llm.engine.server_worker import main

sys.exit(main())
