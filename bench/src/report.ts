import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { cacheDir } from '@qorgau/devstack';

export const machine = () => ({
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
});

/** Prints the rows as a table and writes them with the machine to .cache/bench/<name>.json. */
export function report(
  name: string,
  rows: Record<string, string | number>[],
  extra: Record<string, unknown> = {},
): void {
  console.table(rows);
  const dir = cacheDir('bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.json`);
  writeFileSync(
    file,
    JSON.stringify({ name, at: new Date().toISOString(), machine: machine(), rows, ...extra }, null, 2),
  );
  console.log(`written ${file}`);
}

export const round = (n: number, digits = 1): number => Number(n.toFixed(digits));
