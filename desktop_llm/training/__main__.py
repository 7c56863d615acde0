import sys

from desktop_llm.training.worker import main

sys.exit(main())
