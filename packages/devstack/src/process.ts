import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './paths';
import { forgetPid, rememberPid } from './reaper';

export interface ManagedProcess {
  readonly name: string;
  readonly pid: number;
  readonly logFile: string;
  /** Last lines of the log, for error messages. */
  tail(lines?: number): string;
  exited(): boolean;
  stop(): Promise<void>;
}

export interface StartOptions {
  name: string;
  command: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/**
 * Starts a long-running server in its own process group, its output in .cache/logs/<name>-<pid>.log,
 * registered with the reaper so it is stopped even if this process dies without cleaning up.
 */
export function startProcess({ name, command, args, cwd, env }: StartOptions): ManagedProcess {
  const logFile = join(cacheDir('logs'), `${name}-${process.pid}-${Date.now().toString(36)}.log`);
  const fd = openSync(logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      detached: true,
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
        signalGroup(pid, 'SIGTERM');
        const killed = await Promise.race([exit.then(() => true), sleep(10_000).then(() => false)]);
        if (!killed) {
          signalGroup(pid, 'SIGKILL');
          await Promise.race([exit, sleep(2_000)]);
        }
      }
      forgetPid(pid);
    },
  };
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

export function tailFile(file: string, lines: number): string {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
