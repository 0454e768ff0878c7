#!/usr/bin/env python3
"""Runs one command and reports its cost as one JSON line.

    measure.py [--stdout FILE] [--field KEY=VALUE]... -- COMMAND [ARG...]

Prints {"command", "exit_code", "wall_seconds", "cpu_seconds" (user + system,
children included), "peak_rss_bytes", "stderr_tail", KEY: VALUE...} on stdout.
The command's stdout goes to FILE (default: discarded); its stderr is kept
and its last line reported. Exit status: the command's, 2 on misuse, 127 when
it cannot be started.
"""
import json
import os
import resource
import subprocess
import sys
import time


def main():
    argv = sys.argv[1:]
    stdout_path, fields = os.devnull, {}
    while argv and argv[0] != "--":
        if argv[0] == "--stdout" and len(argv) > 1:
            stdout_path = argv[1]
            argv = argv[2:]
        elif argv[0] == "--field" and len(argv) > 1 and "=" in argv[1]:
            k, _, v = argv[1].partition("=")
            fields[k] = v
            argv = argv[2:]
        else:
            print(__doc__, file=sys.stderr)
            return 2
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    cmd = argv[1:]
    with open(stdout_path, "wb") as out:
        start = time.perf_counter()
        try:
            proc = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
        except OSError as e:
            print(json.dumps({"command": cmd, "exit_code": None, "error": f"cannot run {cmd[0]}: {e.strerror}", **fields}))
            return 127
        wall = time.perf_counter() - start
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    err = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    print(json.dumps({
        "command": cmd, "exit_code": proc.returncode, "wall_seconds": wall,
        "cpu_seconds": ru.ru_utime + ru.ru_stime, "peak_rss_bytes": ru.ru_maxrss * 1024,
        "stderr_tail": err[-1] if err else "", **fields,
    }))
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main())
