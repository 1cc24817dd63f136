// Benchmark (not a test): the web app's initial JavaScript (gzip) and the time to the first render of the case
// page on the local system, as officer B after sign-in. Goals: ≤ 250 kB gzip, ≤ 1.5 s.
//   pnpm --filter @qorgau/web-tests bench      (after `pnpm exec turbo run build --filter=@qorgau/web-tests...`)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { bodyOf, seedReportOfSlap } from '@qorgau/domain/test-support';
import { launchChromium } from '@qorgau/devstack';
import { signIn } from './support/pages';
import { startWebSystem } from './support/web-system';

function initialJsGzipBytes(dist: string): { files: string[]; bytes: number } {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return { files, bytes };
}

async function main() {
  const dist = join(__dirname, '..', '..', 'apps', 'web', 'dist');
  const js = initialJsGzipBytes(dist);
  console.log(
    `initial JavaScript: ${(js.bytes / 1024).toFixed(1)} kB gzip in ${js.files.length} files (goal ≤ 250 kB)`,
  );

  const web = await startWebSystem();
  const browser = await launchChromium();
  try {
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Almaty' }).format(new Date());
    const head = web.http.as(web.token('head-1'));
    const { caseId } = (
      await head.post<{ caseId: string }>('cases', '/cases', bodyOf(seedReportOfSlap(day, day)))
    ).body;
    const page = await (await browser.newContext()).newPage();
    await signIn(page, web.webUrl, 'officer-b');
    const runs: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      const started = Date.now();
      await page.goto(`${web.webUrl}/cases/${caseId}`);
      await page.getByTestId('case-stage').waitFor();
      runs.push(Date.now() - started);
    }
    runs.sort((a, b) => a - b);
    console.log(
      `case page, navigation to first render of the case: median ${runs[2]} ms (runs: ${runs.join(', ')} ms; goal ≤ 1500 ms)`,
    );
  } finally {
    await browser.close();
    await web.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
