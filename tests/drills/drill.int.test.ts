// The fault drill at CI size (issue 15): two SIGKILLs of each process kind (14), a few cases in play, then every
// invariant. The full size is `pnpm drill` (src/cli.ts). Must finish within 8 minutes on a quiet 2-core machine.
import { runDrill, type DrillResult } from './src/drill';
import { drillTable, writeDrillJson } from './src/report';

const say = (line: string) => process.stdout.write(`[drill] ${line}\n`);

describe('fault drill at CI size', () => {
  let result: DrillResult;

  beforeAll(async () => {
    result = await runDrill({
      kills: 14,
      lanes: 2,
      seed: Number(process.env.DRILL_SEED ?? 15),
      log: say,
    });
    say(`\n${drillTable(result)}`);
    say(`written ${writeDrillJson(result, 'drill-ci')}`);
  }, 480_000);

  it('survives two SIGKILLs of every process kind, each restarted and ready again', () => {
    expect(result.kills).toHaveLength(14);
    expect(result.kills.filter((k) => !k.survived)).toEqual([]);
    expect(result.kills.filter((k) => k.collateral.length > 0)).toEqual([]);
  });

  it('played cases through their lifecycle while processes died', () => {
    expect(result.cases.filter((c) => c.completed).length).toBeGreaterThan(0);
  });

  it.each([
    'projection equals workflow state',
    'every outbox row published',
    'every event consumed',
    'one inbox item per recipient per event',
    'one e-mail per recipient per event',
    'no support plan missing',
    'no DLQ entry but the injected',
    'audit chain verifies',
  ])('%s', (name) => {
    const check = result.invariants.find((i) => i.name === name);
    expect(check).toBeDefined();
    expect({ name, detail: check!.detail, lost: check!.lost }).toEqual({
      name,
      detail: check!.detail,
      lost: [],
    });
  });
});
