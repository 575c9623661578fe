#!/usr/bin/python3
"""CPU time and context switches of processes, from /proc, for scripts/bench.

  procstat.py snap [--children-of PID] [PID...] > FILE
      One line "time SECONDS" (wall clock), then one line per live process:
      "PID TICKS SWITCHES". TICKS is utime + stime + cutime + cstime from
      /proc/PID/stat (clock ticks; the children's part holds the CPU time of
      exited children that the process reaped, e.g. PostgreSQL backends reaped
      by the postmaster). SWITCHES is voluntary + nonvoluntary context
      switches summed over /proc/PID/task/*/status. --children-of PID adds
      that process and every process whose parent it is.
  procstat.py diff BEFORE AFTER
      "WALL_SECONDS CPU_SECONDS SWITCHES" between two snapshots: processes in
      both count their difference, processes only in AFTER count whole
      (they started in between), processes gone from AFTER count through
      their parent's children's time (their switches are lost).
"""

import os
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def stat_fields(pid):
    with open("/proc/%s/stat" % pid) as f:
        data = f.read()
    return data[data.rindex(")") + 2:].split()   # fields from 3 (state) on


def ticks(pid):
    f = stat_fields(pid)
    return sum(int(x) for x in f[11:15])         # utime stime cutime cstime: fields 14-17


def switches(pid):
    total = 0
    try:
        tasks = os.listdir("/proc/%s/task" % pid)
    except OSError:
        return 0
    for tid in tasks:
        try:
            with open("/proc/%s/task/%s/status" % (pid, tid)) as f:
                for line in f:
                    if line.startswith(("voluntary_ctxt_switches:", "nonvoluntary_ctxt_switches:")):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def children_of(parent):
    out = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                if stat_fields(name)[1] == parent:
                    out.append(name)
            except (OSError, ValueError):
                pass
    return out


def snap(args):
    pids = []
    if args and args[0] == "--children-of":
        pids += [args[1]] + children_of(args[1])
        args = args[2:]
    pids += args
    lines = ["time %.6f" % time.time()]
    for pid in pids:
        try:
            lines.append("%s %d %d" % (pid, ticks(pid), switches(pid)))
        except (OSError, ValueError):
            pass                                  # gone
    print("\n".join(lines))


def load(path):
    wall, procs = 0.0, {}
    for line in open(path):
        parts = line.split()
        if parts[0] == "time":
            wall = float(parts[1])
        else:
            procs[parts[0]] = (int(parts[1]), int(parts[2]))
    return wall, procs


def diff(before, after):
    w0, a = load(before)
    w1, b = load(after)
    cpu = sw = 0
    for pid, (t, s) in b.items():
        t0, s0 = a.get(pid, (0, 0))
        cpu += t - t0
        sw += s - s0
    print("%.6f %.6f %d" % (w1 - w0, cpu / TICK, sw))


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "snap":
        snap(sys.argv[2:])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        diff(sys.argv[2], sys.argv[3])
    else:
        sys.exit(__doc__)
