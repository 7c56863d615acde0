"""What exists on one operating system only (issue 19, item 8): the modules and attributes that raise ImportError
or AttributeError elsewhere. Shared by the static check (tests/test_static_checks.py), which wants each use
guarded, and the portability test (tests/test_portability.py), which takes them away to fake Windows."""

from __future__ import annotations

UNIX_MODULES = frozenset({
    "resource", "fcntl", "termios", "tty", "pty", "pwd", "grp", "posix", "syslog", "crypt", "spwd", "nis",
    "readline", "curses",
})
WINDOWS_MODULES = frozenset({"msvcrt", "winreg", "winsound", "_winapi", "nt"})

# module -> attributes that only POSIX has
UNIX_ATTRIBUTES: dict[str, frozenset[str]] = {
    "os": frozenset({
        "uname", "getuid", "geteuid", "getgid", "getegid", "getgroups", "getpgid", "getpgrp", "setpgrp", "setsid",
        "getsid", "killpg", "sysconf", "fork", "forkpty", "setuid", "seteuid", "chown", "lchown", "fchown",
        "getloadavg", "nice", "wait3", "wait4", "mkfifo", "statvfs", "fstatvfs", "pathconf", "fpathconf", "confstr",
        "sched_getaffinity", "sched_setaffinity", "O_DIRECTORY", "O_NOFOLLOW", "O_CLOEXEC", "O_NONBLOCK", "WNOHANG",
    }),
    "signal": frozenset({
        "SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGCHLD", "SIGPIPE", "SIGSTOP", "SIGCONT",
        "SIGXCPU", "SIGXFSZ", "alarm", "setitimer", "getitimer", "pause", "pthread_kill", "pthread_sigmask",
        "siginterrupt",
    }),
}

# module -> attributes that only Windows has
WINDOWS_ATTRIBUTES: dict[str, frozenset[str]] = {
    "os": frozenset({"startfile", "O_BINARY", "O_NOINHERIT"}),
    "signal": frozenset({"SIGBREAK", "CTRL_C_EVENT", "CTRL_BREAK_EVENT"}),
    "ctypes": frozenset({
        "windll", "WinDLL", "oledll", "OleDLL", "WinError", "FormatError", "GetLastError", "get_last_error",
        "set_last_error", "HRESULT",
    }),
    "subprocess": frozenset({
        "CREATE_NEW_PROCESS_GROUP", "CREATE_NEW_CONSOLE", "CREATE_NO_WINDOW", "DETACHED_PROCESS", "STARTUPINFO",
        "STARTF_USESHOWWINDOW", "STARTF_USESTDHANDLES", "SW_HIDE", "CREATE_BREAKAWAY_FROM_JOB",
    }),
}

# Paths that only Linux has (macOS and Windows have no /proc).
LINUX_PATH_PREFIXES = ("/proc/", "/sys/")
