"""The engine worker process: the only code that imports llama_cpp. Started by services.engine_process."""
