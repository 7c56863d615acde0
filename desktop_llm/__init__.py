"""desktop-llm: run large language models entirely on your own computer."""

__version__ = "0.1.0"
