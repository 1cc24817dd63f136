import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The monorepo root: the nearest folder above this package that holds pnpm-workspace.yaml. */
export function repoRoot(from: string = __dirname): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`devstack: no pnpm-workspace.yaml above ${from}`);
    dir = parent;
  }
}

/** Where downloads, builds, data and logs live. QORGAU_CACHE_DIR moves it (CI keeps it warm that way). */
export function cacheDir(...parts: string[]): string {
  const base = process.env.QORGAU_CACHE_DIR
    ? resolve(process.env.QORGAU_CACHE_DIR)
    : join(repoRoot(), '.cache');
  const dir = join(base, ...parts);
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Per-run scratch space (data folders); logs go to cacheDir('logs') so they outlive the run. */
export function runDir(name: string): string {
  return cacheDir('run', `${name}-${process.pid}-${Date.now().toString(36)}`);
}

/** The devstack package folder, where maven/ and config/ ship. */
export function packageDir(): string {
  return resolve(__dirname, '..');
}
