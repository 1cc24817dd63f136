// `pnpm --filter @qorgau/deploy-tests sbom [out folder]`: writes <app>.cdx.json for every image app (default
// folder: $QORGAU_CACHE_DIR/sbom or .cache/sbom), each validated against the CycloneDX 1.6 schema; exits 1 when
// one is invalid or lists no components.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { bomProblems, IMAGE_APPS, sbomOf } from './sbom';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..', '..');
  const out = resolve(process.argv[2] ?? join(process.env.QORGAU_CACHE_DIR ?? join(root, '.cache'), 'sbom'));
  mkdirSync(out, { recursive: true });
  let failed = false;
  for (const app of IMAGE_APPS) {
    const bom = sbomOf(root, app);
    const json = JSON.stringify(bom, null, 2);
    const problems = await bomProblems(json);
    if (bom.components.length === 0) problems.push('no components listed');
    writeFileSync(join(out, `${app}.cdx.json`), `${json}\n`);
    console.log(`sbom: ${app} ${bom.components.length} components → ${join(out, `${app}.cdx.json`)}`);
    for (const problem of problems) console.error(`sbom: ${app} invalid: ${problem}`);
    failed ||= problems.length > 0;
  }
  if (failed) process.exit(1);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
