// Cost growth as a picture: one small line chart per figure against the number of open cases, compiled by
// Vega-Lite, rendered to SVG by Vega (no canvas), and turned into a PNG by Debian's Chromium (devstack's
// launchChromium, as tests/web drives it).
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { launchChromium } from '@qorgau/devstack';

export interface GrowthPoint {
  readonly cases: number;
  readonly figure: string;
  readonly value: number;
}

async function svgOf(points: readonly GrowthPoint[], title: string): Promise<string> {
  // Both are ES modules only.
  const vegaLite = await import('vega-lite');
  const vega = await import('vega');
  const spec = vegaLite.compile({
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title,
    data: { values: points.filter((p) => Number.isFinite(p.value)) as GrowthPoint[] },
    facet: { field: 'figure', type: 'nominal', title: null, sort: [...new Set(points.map((p) => p.figure))] },
    columns: 3,
    spec: {
      width: 220,
      height: 140,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'cases', type: 'quantitative', scale: { type: 'log' }, title: 'open cases' },
        y: { field: 'value', type: 'quantitative', title: null, scale: { zero: true } },
      },
    },
    resolve: { scale: { y: 'independent' } },
    config: { background: 'white' },
  }).spec;
  const view = new vega.View(vega.parse(spec), { renderer: 'none' });
  return view.toSVG();
}

/** Writes the chart of `points` as a PNG at `file`. */
export async function writeCostGrowthPng(
  points: readonly GrowthPoint[],
  title: string,
  file: string,
): Promise<void> {
  const svg = await svgOf(points, title);
  mkdirSync(dirname(file), { recursive: true });
  const browser = await launchChromium();

  try {
    const page = await browser.newPage({ deviceScaleFactor: 2 });
    await page.setContent(`<html><body style="margin:0;background:white">${svg}</body></html>`);
    await page.locator('svg').first().screenshot({ path: file });
  } finally {
    await browser.close();
  }
}
