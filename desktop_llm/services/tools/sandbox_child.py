"""The Python sandbox's child process: confines itself, then runs the model's code (issue 14, P2).

Started by services/tools/python_sandbox.py as `python -I -S -B -X utf8 sandbox_child.py OPTIONS` with the code on
stdin and the scratch folder as its working directory. It imports nothing of desktop_llm (isolated mode puts
neither the package nor site-packages on sys.path), except core/job_object.py on Windows, loaded by file path.

In order, before any of the model's code runs:
1. reads the code from stdin, then puts /dev/null in its place (the code gets EOF, never the parent's pipe);
2. Linux: tries unshare(CLONE_NEWUSER | CLONE_NEWNET) through ctypes: a network namespace of its own has no
   interface but a loopback that is down, so no socket can reach anything, the app's own servers included.
   Works where unprivileged user namespaces are allowed; elsewhere it carries on with the audit hook alone;
3. limits (POSIX setrlimit, soft = hard so the code cannot raise them back): address space, CPU seconds, size of
   a written file, open files, no core dumps, and RLIMIT_NPROC = 1 (no new processes, nor threads, where the
   kernel enforces it: it counts all the user's processes, and exempts root; in the user namespace of step 2 it
   was seen not to apply, threads run). Windows: a Job Object caps the committed memory;
4. installs an audit hook (sys.addaudithook), which cannot be removed, refusing: every socket event; process
   creation (subprocess, os.system, exec*, spawn*, posix_spawn, fork, forkpty, startfile); signals to other
   processes; importing modules that act without audit events (ctypes, cffi, _posixsubprocess, sqlite3, dbm,
   ssl, pwd, shared memory, subinterpreters: see _BLOCKED_MODULES), raised as ImportError; raising rlimits;
   chdir; links; reading a path outside the scratch folder and Python's own standard library; writing,
   creating, renaming or deleting outside the scratch folder; opening a folder outside it (dir_fd); gc's object
   walks. A few unaudited functions (pidfd signals, mkfifo, mknod) are deleted from their modules.

What an audit hook cannot stop, honestly: it is a tripwire on the events CPython chose to raise, not a security
boundary (PEP 578 says so). Code in an unaudited C path this module missed, a memory-corruption bug in CPython
or an extension module (crafted bytecode can crash or subvert the interpreter), or internals such as `_imp`
restoring a deleted function can get past it. It lets `os.stat` and `os.path.exists` see any path (they raise no
event), so the code can learn which files exist and their sizes, never their contents. The parts the kernel enforces are the
rlimits and, where it was allowed, the network namespace; on a system where neither user namespaces nor
RLIMIT_NPROC apply, network and process refusals rest on the hook alone. It does not hide what the user may
read inside the standard library, limit the total size of the scratch folder (only each file's size), nor
stop the code from using the CPU and memory it is allowed until the parent's wall-clock limit kills it.
"""

from __future__ import annotations

import argparse
import os
import sys
import types
from collections.abc import Callable
from typing import Any

MAX_CODE_BYTES = 1_000_000
EXIT_MEMORY = 86  # the code ran out of the memory it is allowed (MemoryError escaped it)
EXIT_SETUP = 87  # the child could not confine itself: nothing of the code ran
MEMORY_MARKER = "[sandbox] memory limit reached"
# Modules that reach the system without audit events: native code, processes, files opened in C (SQLite's ATTACH,
# dbm, TLS certificates, shared memory), interpreters without this hook, user databases (pwd, grp), and a second
# copy of the modules whose unaudited functions are removed below (posix, nt, _signal).
_BLOCKED_MODULES = frozenset({
    "ctypes", "_ctypes", "cffi", "_cffi_backend", "_posixsubprocess", "_sqlite3", "_dbm", "_gdbm", "readline",
    "_tkinter", "_ssl", "_posixshmem", "_multiprocessing", "_xxsubinterpreters", "_xxinterpchannels",
    "_interpreters", "pwd", "grp", "spwd", "posix", "nt", "_signal", "_testcapi", "_testinternalcapi",
    "_testmultiphase", "_testbuffer", "_testimportmultiple", "_testsinglephase", "_testclinic",
})
# Functions with no audit event that would act past the hook: signalling the app through a pid file descriptor,
# creating FIFOs and device nodes anywhere.
_REMOVED = (("os", "pidfd_open"), ("posix", "pidfd_open"), ("signal", "pidfd_send_signal"),
            ("_signal", "pidfd_send_signal"), ("os", "mkfifo"), ("posix", "mkfifo"), ("os", "mknod"),
            ("posix", "mknod"))
_PROCESS_EVENTS = ("subprocess.", "os.system", "os.exec", "os.spawn", "os.posix_spawn", "os.fork", "os.forkpty",
                   "os.startfile", "pty.", "_winapi.CreateProcess", "os.add_dll_directory")
_WRITE_EVENTS = frozenset({"os.mkdir", "os.remove", "os.rmdir", "os.chmod", "os.chown", "os.utime", "os.truncate",
                           "os.setxattr", "os.removexattr", "os.chflags", "os.lchflags", "tempfile.mkdtemp",
                           "tempfile.mkstemp", "shutil.rmtree", "shutil.chown", "shutil.make_archive"})
_READ_EVENTS = frozenset({"os.listdir", "os.scandir", "os.listxattr", "os.getxattr", "glob.glob", "glob.glob/2",
                          "os.walk", "os.fwalk"})


class _Bounded:
    """A text stream that keeps writing to `raw` until `limit` bytes, then only counts what it drops."""

    def __init__(self, raw: Any, limit: int) -> None:
        self._raw, self._left, self.dropped = raw, limit, 0

    def write(self, text: str) -> int:
        data = str(text).encode("utf-8", "replace")
        kept = data[: max(self._left, 0)]
        self._left -= len(kept)
        self.dropped += len(data) - len(kept)
        if kept:
            self._raw.write(kept)
            self._raw.flush()
        return len(text)

    def flush(self) -> None:
        self._raw.flush()

    def isatty(self) -> bool:
        return False

    @property
    def encoding(self) -> str:
        return "utf-8"


def _unshare_network() -> bool:
    """A user and network namespace of our own (Linux); False where the kernel or its policy refuses."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        uid, gid = os.getuid(), os.getgid()
        if libc.unshare(0x10000000 | 0x40000000) != 0:  # CLONE_NEWUSER | CLONE_NEWNET
            return False
        # Map our own ids, so files we create keep their owner and permission checks read as before.
        for path, text in (("/proc/self/setgroups", "deny"), ("/proc/self/uid_map", f"{uid} {uid} 1"),
                           ("/proc/self/gid_map", f"{gid} {gid} 1")):
            try:
                with open(path, "w") as handle:
                    handle.write(text)
            except OSError:
                pass
        return True
    except (OSError, AttributeError, ImportError):
        return False
    finally:  # the code must import ctypes afresh, which the hook refuses
        for name in [n for n in sys.modules if n == "ctypes" or n.startswith(("ctypes.", "_ctypes"))]:
            del sys.modules[name]


def _set_limits(memory: int, cpu: int, file_bytes: int, open_files: int) -> None:
    if sys.platform == "win32":
        return  # the Job Object (_windows_job) caps memory; the parent's wall clock bounds the time
    import resource
    import signal

    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a file over its size limit raises OSError instead of killing
    for which, value in ((resource.RLIMIT_AS, memory), (resource.RLIMIT_FSIZE, file_bytes),
                         (resource.RLIMIT_NOFILE, open_files), (resource.RLIMIT_CORE, 0)):
        try:
            resource.setrlimit(which, (value, value))
        except (ValueError, OSError):  # macOS refuses RLIMIT_AS below what is mapped: the parent's timeout holds
            pass
    try:  # SIGXCPU at the soft limit, SIGKILL a second later
        resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    except (ValueError, OSError):
        pass
    try:
        resource.setrlimit(resource.RLIMIT_NPROC, (1, 1))
    except (ValueError, OSError, AttributeError):
        pass


def _windows_job(job_object_file: str, memory: int) -> None:
    """Windows' memory cap, from core/job_object.py loaded by its path (isolated mode hides the package)."""
    if sys.platform != "win32" or not job_object_file:
        return
    import importlib.util

    spec = importlib.util.spec_from_file_location("_sandbox_job_object", job_object_file)
    if spec is None or spec.loader is None:
        return
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    module.limit_process_memory(memory)
    for name in [n for n in sys.modules if n == "ctypes" or n.startswith(("ctypes.", "_ctypes"))]:
        del sys.modules[name]


def _make_hook(scratch: str, readable: tuple[str, ...]) -> Callable[[str, tuple[Any, ...]], None]:
    """The audit hook. Everything it calls is bound here, so code that replaces os.path or a builtin later
    changes nothing the hook uses."""
    import stat

    fspath, fsdecode, lstat, readlink, getpid = os.fspath, os.fsdecode, os.lstat, os.readlink, os.getpid
    is_link, is_dir, sep = stat.S_ISLNK, stat.S_ISDIR, os.sep
    isinstance_, str_, int_, len_, any_ = isinstance, str, int, len, any
    normpath = os.path.normpath  # Windows only; POSIX paths are resolved by hand below
    # The module's globals are reachable from the code (a traceback's frames): the hook keeps its own copies.
    blocked, process_events, write_events, read_events = _BLOCKED_MODULES, _PROCESS_EVENTS, _WRITE_EVENTS, _READ_EVENTS
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_TRUNC | os.O_APPEND
    windows = sys.platform == "win32"

    def resolve(path: Any) -> str:
        """An absolute path with `..` and symlinks resolved by hand (os.path may have been replaced)."""
        text = fsdecode(fspath(path))
        if windows:
            text = text.replace("/", "\\").lower()
            absolute = text.startswith("\\") or (len_(text) > 1 and text[1] == ":")
            return str_(normpath(text if absolute else scratch + "\\" + text))
        parts = text.split(sep) if text.startswith(sep) else (scratch + sep + text).split(sep)
        done: list[str] = []
        hops = 0
        while parts:
            part = parts.pop(0)
            if part in ("", "."):
                continue
            if part == "..":
                if done:
                    done.pop()
                continue
            candidate = sep + sep.join([*done, part])
            try:
                is_symlink = is_link(lstat(candidate).st_mode)
            except OSError:
                is_symlink = False
            if is_symlink and hops < 40:
                hops += 1
                target = readlink(candidate)
                parts = target.split(sep) + parts
                if target.startswith(sep):
                    done = []
                continue
            done.append(part)
        return sep + sep.join(done)

    def inside(path: str, folder: str) -> bool:
        return path == folder or path.startswith(folder + sep)

    def check(path: Any, write: bool, event: str) -> None:
        if isinstance_(path, int_) or path is None:
            return  # a descriptor this process opened already, through this hook
        where = resolve(path)
        if inside(where, scratch):
            return
        if not write and any_(inside(where, folder) for folder in readable):
            return
        what = "writing" if write else "reading"
        raise PermissionError(f"sandbox: {what} {where!r} is not allowed ({event}); only the scratch folder "
                              f"{scratch!r} is yours")

    def refuse(what: str, event: str) -> None:
        raise PermissionError(f"sandbox: {what} is not allowed ({event})")

    def hook(event: str, args: tuple[Any, ...]) -> None:
        if event == "open":
            path, mode, flags = (*args, None, None, None)[:3]
            write = (isinstance_(mode, str_) and any_(c in mode for c in "wax+")) or (
                isinstance_(flags, int_) and bool(flags & write_flags))
            check(path, write, event)
            if mode is None and not isinstance_(path, int_) and not inside(resolve(path), scratch):
                try:  # a directory descriptor outside would let dir_fd reach past these checks
                    folder = is_dir(lstat(resolve(path)).st_mode)
                except OSError:
                    folder = False
                if folder:
                    refuse("opening a folder outside the scratch folder", event)
        elif event.startswith("socket."):
            refuse("network access", event)
        elif event.startswith(process_events):
            refuse("starting a process", event)
        elif event == "import":
            name = args[0] if args else ""
            if isinstance_(name, str_) and name.split(".")[0] in blocked:
                # ImportError, so that stdlib modules that do without an optional module (tarfile without pwd,
                # urllib without ssl) still import
                raise ImportError(f"sandbox: importing {name} is not allowed ({event})")
            if len_(args) > 1 and args[1] is not None:
                check(args[1], False, event)
        elif event.startswith(("ctypes.", "cffi.")):
            refuse("loading native code", event)
        elif event in ("os.kill", "os.killpg", "signal.pthread_kill"):
            if not (event == "os.kill" and args and args[0] == getpid()):
                refuse("signalling another process", event)
        elif event in ("resource.setrlimit", "resource.prlimit", "os.chdir", "os.chroot", "os.symlink",
                       "os.link", "sys.addaudithook") or event.startswith("gc.get_"):
            refuse(event.split(".", 1)[-1], event)
        elif event in ("os.rename", "os.replace", "shutil.copyfile", "shutil.copytree", "shutil.move"):
            if len_(args) > 1:
                check(args[0], event in ("os.rename", "os.replace", "shutil.move"), event)
                check(args[1], True, event)
        elif event in write_events:
            if args:
                check(args[0], True, event)
        elif event in read_events:
            if args:
                check(args[0], False, event)
        elif event == "shutil.unpack_archive" and len_(args) > 1:
            check(args[0], False, event)
            check(args[1], True, event)

    return hook


def _readable_dirs() -> tuple[str, ...]:
    """Python's own standard library (and its compiled modules), never site-packages."""
    import sysconfig

    found = []
    for key in ("stdlib", "platstdlib"):
        path = os.path.realpath(sysconfig.get_paths()[key])
        found += [path, os.path.join(path, "lib-dynload")] if sys.platform != "win32" else [path.lower()]
    if sys.platform == "win32":
        found.append(os.path.join(sys.base_prefix, "DLLs").lower())
    found += [os.path.realpath(p) for p in sys.path if p.endswith(".zip")]
    if getattr(sys, "frozen", False):  # a bundle imports from its folder and the archive in its executable
        bundle = [os.path.realpath(getattr(sys, "_MEIPASS", os.path.dirname(sys.executable))),
                  os.path.realpath(sys.executable)]
        found += [path.lower() for path in bundle] if sys.platform == "win32" else bundle
    return tuple(dict.fromkeys(found))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="sandbox_child")
    for name in ("--memory-bytes", "--cpu-seconds", "--file-bytes", "--open-files", "--output-bytes"):
        parser.add_argument(name, type=int, required=True)
    parser.add_argument("--job-object", default="")
    args = parser.parse_args(argv)
    raw = sys.stdin.buffer.read(MAX_CODE_BYTES + 1)
    if len(raw) > MAX_CODE_BYTES:
        print(f"[sandbox] the code is over {MAX_CODE_BYTES} bytes", file=sys.stderr)
        return EXIT_SETUP
    null = os.open(os.devnull, os.O_RDONLY)
    os.dup2(null, 0)
    os.close(null)
    scratch = os.path.realpath(os.getcwd())
    readable = _readable_dirs()
    if sys.platform == "win32":
        scratch = scratch.lower()
    _unshare_network()
    _windows_job(args.job_object, args.memory_bytes)
    _set_limits(args.memory_bytes, args.cpu_seconds, args.file_bytes, args.open_files)
    stdout = _Bounded(sys.stdout.buffer, args.output_bytes)
    stderr = _Bounded(sys.stderr.buffer, args.output_bytes)
    sys.stdout, sys.stderr = stdout, stderr
    import traceback  # before the hook: the report of an uncaught error must not depend on what the code did

    for module_name, attribute in _REMOVED:
        module = sys.modules.get(module_name)
        if module is not None and hasattr(module, attribute):
            delattr(module, attribute)
    code_object = compile(raw.decode("utf-8", "replace"), "<code>", "exec")
    sys.addaudithook(_make_hook(scratch, readable))
    main_module = types.ModuleType("__main__")  # the code's own __main__, not this module
    sys.modules["__main__"] = main_module
    namespace = main_module.__dict__
    status = 0
    try:
        exec(code_object, namespace)
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    except MemoryError:
        namespace.clear()  # free what the code held, so the report can be written
        sys.stderr.write(f"MemoryError\n{MEMORY_MARKER}\n")
        status = EXIT_MEMORY
    except BaseException as exc:  # the code's own error: its traceback, without this file's frame
        traceback.print_exception(type(exc), exc, exc.__traceback__.tb_next if exc.__traceback__ else None)
        status = 1
    for name, stream in (("stdout", stdout), ("stderr", stderr)):
        if stream.dropped:
            os.write(2, f"\n[sandbox] {stream.dropped} more bytes of {name} were cut\n".encode())
    return status


if __name__ == "__main__":
    try:
        code = main()
    except SyntaxError as exc:
        print(f"SyntaxError: {exc.msg} (line {exc.lineno})", file=sys.stderr)
        code = 1
    sys.stdout.flush()
    os._exit(code)  # no atexit handlers of the code's, no buffered output of the code's after the bounds
