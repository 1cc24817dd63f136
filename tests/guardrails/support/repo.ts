import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The repository's root folder (tests/guardrails sits two levels below it). */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** The `src/` folder of every app and package: production code, where the checks apply. */
export const sourceRoots = (): string[] =>
  ['apps', 'packages'].flatMap((group) =>
    readdirSync(join(REPO_ROOT, group))
      .map((name) => join(group, name, 'src'))
      .filter((dir) => {
        try {
          return statSync(join(REPO_ROOT, dir)).isDirectory();
        } catch {
          return false;
        }
      }),
  );
