// The drill's result as a table for people and as JSON under $QORGAU_CACHE_DIR/bench/ for comparison.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '@qorgau/devstack';
import { PROCESS_KINDS, type DrillResult } from './drill';

export function drillTable(result: DrillResult): string {
  const lines: string[] = [];
  const pad = (s: string | number, n: number) => String(s).padEnd(n);
  lines.push(
    `fault drill: seed ${result.seed}, ${result.kills.length} kills, ${result.options.lanes} lanes, ` +
      `time scale ${result.options.timeScale}, wall ${result.wallS} s (load ${result.loadS} s)`,
  );
  lines.push('');
  lines.push(
    `${pad('process', 24)}${pad('kills', 7)}${pad('survived', 10)}${pad('restart ms (max)', 18)}all ready ms (max)`,
  );
  for (const kind of PROCESS_KINDS) {
    const of = result.kills.filter((k) => k.kind === kind);
    if (of.length === 0) continue;
    const max = (xs: number[]) => Math.max(...xs);
    lines.push(
      `${pad(kind, 24)}${pad(of.length, 7)}${pad(of.filter((k) => k.survived).length, 10)}` +
        `${pad(max(of.map((k) => k.restartMs)), 18)}${max(of.map((k) => k.recoveredMs))}`,
    );
  }
  const collateral = result.kills.filter((k) => k.collateral.length > 0);
  for (const k of collateral)
    lines.push(`  kill ${k.index} (${k.kind}) also brought down: ${k.collateral.join(', ')}`);
  lines.push('');
  const completed = result.cases.filter((c) => c.completed).length;
  lines.push(`cases: ${result.cases.length} played, ${completed} through the whole lifecycle`);
  for (const c of result.cases.filter((x) => !x.completed))
    lines.push(`  lane ${c.lane} case ${c.caseId ?? '?'}: ${c.failure?.slice(0, 240)}`);
  const retries = Object.entries(result.retries.retries)
    .map(([why, n]) => `${why} ×${n}`)
    .join(', ');
  lines.push(`client retries (same Idempotency-Key): ${retries || 'none'}`);
  if (result.retries.internalErrors.length > 0)
    lines.push(
      `500s during outages: ${result.retries.internalErrors.length} (first: ${result.retries.internalErrors[0]})`,
    );
  lines.push(`malformed messages injected: ${result.injected.length}`);
  lines.push('');
  for (const check of result.invariants) {
    lines.push(`${check.ok ? 'ok  ' : 'FAIL'} ${check.name}: ${check.detail}`);
    for (const item of check.lost) lines.push(`       lost: ${item}`);
  }
  lines.push('');
  lines.push(result.ok ? 'nothing lost: every kill survived, every invariant holds' : 'NOT OK: see above');
  return lines.join('\n');
}

/** Writes `<QORGAU_CACHE_DIR or .cache>/bench/<name>.json`; returns its path. */
export function writeDrillJson(result: DrillResult, name = 'drill'): string {
  const file = join(cacheDir('bench'), `${name}.json`);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), ...result }, null, 2)}\n`);
  return file;
}
