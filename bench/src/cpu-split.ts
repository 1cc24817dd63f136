// Where a step's CPU went, process by process: every process under this one (the apps, Postgres, Kafka, Temporal
// the bench started, and the bench itself: load generator and the floor's worker), read from /proc before and
// after. On two cores shared by all of them, the highest rate is set by the sum, not by any one process.
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename } from 'node:path';
import { CLOCK_TICKS_PER_SECOND, procStat } from '@qorgau/devstack';

const TICK_MS = 1000 / CLOCK_TICKS_PER_SECOND;

interface Proc {
  readonly ppid: number;
  readonly ticks: number;
}

function readProcs(): Map<number, Proc> {
  const procs = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const stat = procStat(pid);
    if (stat) procs.set(pid, { ppid: stat.ppid, ticks: stat.cpuTicks });
  }
  return procs;
}

function descendants(procs: Map<number, Proc>, root: number): Set<number> {
  const children = new Map<number, number[]>();
  for (const [pid, { ppid }] of procs) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = new Set<number>([root]);
  const queue = [root];
  while (queue.length > 0) {
    for (const child of children.get(queue.pop()!) ?? []) {
      found.add(child);
      queue.push(child);
    }
  }
  return found;
}

/** A name for a process: the app for Node (its working directory), else the server it is. */
function groupOf(pid: number): string {
  if (pid === process.pid) return 'bench (load generator, floor worker)';
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
  } catch {
    return 'gone';
  }
  if (/postgres/.test(cmdline)) return 'postgres';
  if (/temporal\b.*server/.test(cmdline)) return 'temporal server';
  if (/java .*kafka/.test(cmdline)) return 'kafka';
  if (/\bnode\b/.test(cmdline)) {
    try {
      return basename(readlinkSync(`/proc/${pid}/cwd`));
    } catch {
      return 'node';
    }
  }
  return cmdline.split(' ')[0] ? basename(cmdline.split(' ')[0]!) : 'other';
}

export interface CpuShare {
  readonly process: string;
  readonly cpuMs: number;
}

/** Starts counting; `stop()` gives each process group's CPU since, largest first. */
export function startCpuSplit(root = process.pid): { stop: () => CpuShare[] } {
  const before = readProcs();
  return {
    stop: () => {
      const after = readProcs();
      const byGroup = new Map<string, number>();
      for (const pid of descendants(after, root)) {
        const ticks = after.get(pid)!.ticks - (before.get(pid)?.ticks ?? 0);
        if (ticks <= 0) continue;
        const group = groupOf(pid);
        byGroup.set(group, (byGroup.get(group) ?? 0) + ticks * TICK_MS);
      }
      return [...byGroup]
        .map(([name, cpuMs]) => ({ process: name, cpuMs }))
        .sort((a, b) => b.cpuMs - a.cpuMs);
    },
  };
}
