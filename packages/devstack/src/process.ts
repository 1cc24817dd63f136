import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './paths';
import { procStat } from './proc-stat';
import { forgetPid, rememberPid } from './reaper';

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Last lines of the log, for error messages. */
  tail(lines?: number): string;
  exited(): boolean;
  stop(): Promise<void>;
  /** Sends `signal` to the whole process group at once (no grace: a crash, for the fault drills) and waits for the exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Run as this user (root only): Postgres refuses to run as root. */
  user?: { uid: number; gid: number };
  /** How to ask it to stop: SIGTERM to the whole group by default; Postgres wants SIGINT to its postmaster. */
  stopSignal?: NodeJS.Signals;
  stopGroup?: boolean;
  /** Environment replaces, instead of extending, this process's. */
  cleanEnv?: boolean;
}

/**
 * Starts a long-running server in its own process group, its output in .cache/logs/<name>-<pid>.log,
 * registered with the reaper so it is stopped even if this process dies without cleaning up.
 */
export function startProcess({
  name,
  command,
  args,
  cwd,
  env,
  user,
  stopSignal = 'SIGTERM',
  stopGroup = true,
  cleanEnv = false,
}: StartOptions): ManagedProcess {
  const logFile = join(cacheDir('logs'), `${name}-${process.pid}-${Date.now().toString(36)}.log`);
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd,
      env: cleanEnv ? env : { ...process.env, ...env },
      detached: true,
      ...user,
      stdio: ['ignore', fd, fd],
    });
  } finally {
    closeSync(fd);
  }
  if (child.pid === undefined) throw new Error(`devstack: could not start ${name} (${command})`);
  const pid = child.pid;
  let hasExited = false;
  const exit = new Promise<void>((resolveExit) =>
    child.once('exit', () => {
      hasExited = true;
      resolveExit();
    }),
  );
  child.once('error', () => (hasExited = true));
  rememberPid(pid, { group: true });

  return {
    name,
    pid,
    logFile,
    tail: (lines = 30) => tailFile(logFile, lines),
    exited: () => hasExited,
    async stop() {
      if (!hasExited) {
        if (stopGroup) signalGroup(pid, stopSignal);
        else signalProcess(pid, stopSignal);
        const killed = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
        if (!killed) {
          signalGroup(pid, 'SIGKILL');
          await Promise.race([exit, sleep(2_000)]);
        }
      }
      forgetPid(pid);
    },
    async kill(signal = 'SIGKILL') {
      if (!hasExited) {
        signalGroup(pid, signal);
        await Promise.race([exit, sleep(10_000)]);
      }
      if (stopGroup) await groupGone(pid, 10_000);
      forgetPid(pid);
    },
  };
}

/**
 * Waits until no live process is left in the group (zombies aside). The leader's exit is not enough: a killed
 * Postgres' backends may still be exiting, attached to the shared memory the next postmaster refuses to share
 * ("pre-existing shared memory block is still in use", seen in a CI drill).
 */
async function groupGone(pgid: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && liveMembers(pgid) > 0) await sleep(50);
}

function liveMembers(pgid: number): number {
  return readdirSync('/proc').filter((entry) => {
    if (!/^\d+$/.test(entry)) return false;
    const stat = procStat(entry);
    return stat !== undefined && stat.pgrp === pgid && stat.state !== 'Z';
  }).length;
}

export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    try {
      process.kill(pid, signal);
    } catch {
      /* already gone */
    }
  }
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    /* already gone */
  }
}

export function tailFile(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
