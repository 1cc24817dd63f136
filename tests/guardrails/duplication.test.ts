import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { REPO_ROOT, sourceRoots } from './support/repo';

/**
 * "No block of six or more lines stands more than twice in src/ (tests aside)": jscpd finds the pairs of equal
 * blocks of at least 6 lines in every app's and package's src/; pairs that share a place are joined, and no
 * block may stand in three or more places. Import statements are passed over (the same imports in three
 * modules are not repeated logic). Generated files are left out (the web app's API client) and so are
 * migrations (history, never edited).
 */
const MIN_LINES = 6;
const MAX_PLACES = 2;
const IGNORED = [
  '**/*.test.ts',
  '**/*.test.tsx',
  '**/node_modules/**',
  '**/dist/**',
  'apps/web/src/api/**',
  '**/migrations/**',
  '**/test-support/**',
];

interface Place {
  readonly name: string;
  readonly startLoc: { readonly line: number };
  readonly endLoc: { readonly line: number };
}
interface Clone {
  readonly firstFile: Place;
  readonly secondFile: Place;
}

const jscpd = join(__dirname, 'node_modules', '.bin', 'jscpd');

const findClones = (): Clone[] => {
  const output = mkdtempSync(join(tmpdir(), 'qorgau-jscpd-'));
  try {
    execFileSync(
      jscpd,
      [
        ...['--min-lines', String(MIN_LINES), '--format', 'typescript,tsx', '--absolute', '--no-colors'],
        ...['--ignore', IGNORED.map((glob) => join(REPO_ROOT, glob)).join(','), '--reporters', 'json'],
        ...['--ignore-pattern', "import\\s[^;]*?from\\s+'[^']+';", '--output', output],
        ...sourceRoots().map((dir) => join(REPO_ROOT, dir)),
      ],
      { cwd: REPO_ROOT, stdio: 'pipe', timeout: 120_000 },
    );
    return (JSON.parse(readFileSync(join(output, 'jscpd-report.json'), 'utf8')) as { duplicates: Clone[] })
      .duplicates;
  } finally {
    rmSync(output, { recursive: true, force: true });
  }
};

const where = (place: Place): string =>
  `${relative(REPO_ROOT, place.name)}:${place.startLoc.line}-${place.endLoc.line}`;

const distinctPlaces = (keys: string[]): string[] => {
  const kept: { file: string; from: number; to: number; key: string }[] = [];
  for (const key of keys.sort()) {
    const [, file = '', from = '0', to = '0'] = /^(.*):(\d+)-(\d+)$/.exec(key) ?? [];
    const overlapping = kept.some(
      (k) => k.file === file && Math.min(k.to, +to) - Math.max(k.from, +from) + 1 >= MIN_LINES,
    );
    if (!overlapping) kept.push({ file, from: +from, to: +to, key });
  }
  return kept.map((k) => k.key);
};

/** Places joined through the pairs they stand in (one block seen from several pairs is one group). */
const groupsOf = (clones: readonly Clone[]): string[][] => {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const root = find(p);
    parent.set(x, root);
    return root;
  };
  const union = (a: string, b: string): void => {
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    parent.set(find(a), find(b));
  };
  for (const { firstFile, secondFile } of clones) union(where(firstFile), where(secondFile));
  // The same block seen by two pairs may be cut a line or two apart: places of one file that share at least
  // MIN_LINES lines are one place.
  const places = clones.flatMap((c) => [c.firstFile, c.secondFile]);
  for (const a of places)
    for (const b of places)
      if (
        a.name === b.name &&
        Math.min(a.endLoc.line, b.endLoc.line) - Math.max(a.startLoc.line, b.startLoc.line) + 1 >= MIN_LINES
      )
        union(where(a), where(b));
  const groups = new Map<string, Set<string>>();
  for (const place of parent.keys())
    groups.set(find(place), (groups.get(find(place)) ?? new Set()).add(place));
  // Overlapping cuts of one place count once: the group's size is its number of distinct files and starts.
  return [...groups.values()].map((group) => distinctPlaces([...group]));
};

describe('duplicated code in src/', () => {
  const clones = findClones();

  it('reads every src/ (the check would pass on nothing otherwise)', () => {
    expect(sourceRoots().length).toBeGreaterThan(10);
  });

  it(`no block of ${MIN_LINES} or more lines stands in more than ${MAX_PLACES} places`, () => {
    const tooCommon = groupsOf(clones).filter((group) => group.length > MAX_PLACES);
    expect(tooCommon).toEqual([]);
  });

  it('joins the pairs of one block into one group', () => {
    const place = (name: string, line: number): Place => ({
      name,
      startLoc: { line },
      endLoc: { line: line + 6 },
    });
    const groups = groupsOf([
      { firstFile: place('/a.ts', 1), secondFile: place('/b.ts', 10) },
      { firstFile: place('/b.ts', 11), secondFile: place('/c.ts', 20) },
      { firstFile: place('/d.ts', 1), secondFile: place('/e.ts', 1) },
    ]);
    expect(groups.map((g) => g.length).sort()).toEqual([2, 3]);
  });
});
