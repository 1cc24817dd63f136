// `pnpm --filter @qorgau/drills drill [--kills N] [--cases M] [--seed S] [--scale X]`: the full-size fault drill.
// Prints the table, writes $QORGAU_CACHE_DIR/bench/drill.json, exits 1 unless nothing was lost.
import { parseArgs } from 'node:util';
import { runDrill } from './drill';
import { drillTable, writeDrillJson } from './report';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      kills: { type: 'string', default: '100' },
      cases: { type: 'string', default: '3' },
      seed: { type: 'string', default: String(Date.now() % 1_000_000) },
      scale: { type: 'string', default: String(86_400 / 4) },
    },
  });
  const started = Date.now();
  const result = await runDrill({
    kills: Number(values.kills),
    lanes: Number(values.cases),
    seed: Number(values.seed),
    timeScale: Number(values.scale),
    log: (line) => process.stderr.write(`[drill +${((Date.now() - started) / 1000).toFixed(0)}s] ${line}\n`),
  });
  process.stdout.write(`${drillTable(result)}\n`);
  process.stdout.write(`written ${writeDrillJson(result)}\n`);
  return result.ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(
      `drill failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(2);
  },
);
