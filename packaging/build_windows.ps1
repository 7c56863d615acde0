# Windows build: dist\desktop-llm\desktop-llm.exe (one folder). For NVIDIA GPUs, first reinstall
# llama-cpp-python with CUDA:  $env:CMAKE_ARGS="-DGGML_CUDA=on"; .venv\Scripts\pip install --force-reinstall --no-cache-dir llama-cpp-python==0.3.36
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")
.venv\Scripts\python -m PyInstaller packaging\desktop-llm.spec --noconfirm --clean --distpath dist --workpath build\pyinstaller
Write-Host "Built dist\desktop-llm; check it with: dist\desktop-llm\desktop-llm.exe --self-test"
