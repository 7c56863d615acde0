"""Tools the model may call in a chat (issue 14).

Parts: P1 the registry (registry.py: argument validation, timeouts, output bounds), the built-in tools
(builtin_tools.py: date and time, calculator; file_tools.py: granted folders; knowledge search) and the tool loop
(tool_loop.py); P2 the sandboxed "python" tool (python_sandbox.py); P3 MCP servers (mcp_config.py, mcp_client.py),
which reach the registry as ToolProviders; P4 the chat's integration (controllers/chat_tools.py, approval UI,
settings); P5 the command line (`desktop-llm chat --tools …`). The shared types are in core/tool_types.py.
"""
