import { readFileSync } from 'node:fs';

/** Linux's USER_HZ: /proc reports CPU time in 1/100 s. */
export const CLOCK_TICKS_PER_SECOND = 100;

export interface ProcStat {
  /** R, S, D, Z, ... */
  readonly state: string;
  readonly ppid: number;
  readonly pgrp: number;
  /** User + system CPU time, in clock ticks. */
  readonly cpuTicks: number;
}

/** One process's `/proc/<pid>/stat`, or undefined once it is gone. */
export function procStat(pid: number | string): ProcStat | undefined {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // After the command name (which may hold spaces and parentheses): state, ppid, pgrp, ... utime, stime (12th, 13th).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return {
    state: fields[0]!,
    ppid: Number(fields[1]),
    pgrp: Number(fields[2]),
    cpuTicks: Number(fields[11]) + Number(fields[12]),
  };
}
