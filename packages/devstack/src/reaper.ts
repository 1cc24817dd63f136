import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from './paths';

/*
 * The reaper is a tiny detached watcher started once per owning process. When the owner dies (test run
 * killed, Ctrl-C, crash) it stops every server the owner registered, so no Java, Postgres or temporal
 * process outlives the run. Normal shutdown forgets the pids first and the reaper then exits on its own.
 */

let registry: string | undefined;

function registryDir(): string {
  if (!registry) {
    registry = cacheDir('reaper', String(process.pid));
    const script = join(__dirname, 'reaper-main.js');
    if (existsSync(script)) {
      const watcher = spawn(process.execPath, [script, String(process.pid), registry], {
        detached: true,
        stdio: 'ignore',
      });
      watcher.unref();
    }
  }
  return registry;
}

export function rememberPid(pid: number, { group }: { group: boolean }): void {
  writeFileSync(join(registryDir(), `${pid}.pid`), group ? 'group' : 'single');
}

export function forgetPid(pid: number): void {
  if (!registry) return;
  rmSync(join(registry, `${pid}.pid`), { force: true });
}

/** Kills everything still registered in a registry folder: SIGTERM, a grace period, then SIGKILL. */
export async function reapRegistry(dir: string, graceMs = 5_000): Promise<void> {
  const entries = () =>
    existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.pid'))
          .map((f) => ({
            pid: Number(f.slice(0, -4)),
            group: readFileSync(join(dir, f), 'utf8') === 'group',
          }))
      : [];
  const send = (signal: NodeJS.Signals) => {
    for (const { pid, group } of entries()) {
      try {
        process.kill(group ? -pid : pid, signal);
      } catch {
        /* already gone */
      }
    }
  };
  send('SIGTERM');
  await new Promise((r) => setTimeout(r, graceMs));
  send('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
}
