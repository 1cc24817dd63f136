import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './support/repo';

/**
 * The import boundaries of eslint.boundaries.mjs, exercised through ESLint's API (the repository's own config)
 * on small snippets placed, by file path only (nothing is written), where each rule applies.
 */
type Snippet = { readonly filePath: string; readonly code: string };
const snippets: Snippet[] = [];
let messages: { ruleId: string | null; message: string }[][] = [];

/** Registers a snippet (linted once for all in beforeAll); the returned function gives its boundary errors. */
const snippet = (filePath: string, code: string): (() => string[]) => {
  const index = snippets.push({ filePath, code }) - 1;
  return () =>
    (messages[index] ?? [])
      .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
      .map((m) => m.message);
};

beforeAll(() => {
  const output = execFileSync('node', [join(__dirname, 'support', 'lint-snippets.mjs'), REPO_ROOT], {
    input: JSON.stringify(snippets),
    cwd: REPO_ROOT,
    timeout: 240_000,
  });
  messages = JSON.parse(output.toString('utf8')) as typeof messages;
}, 300_000);

const DOMAIN_FILE = 'packages/domain/src/lifecycle/new-rule.ts';
const WORKFLOW_FILE = 'packages/workflows/src/workflows/new-workflow.ts';

/** [code, its boundary errors] for each snippet, all in `file`. */
const at = (file: string, codes: string[]): [string, () => string[]][] =>
  codes.map((code) => [code, snippet(file, code)]);

describe('packages/domain imports no framework and no Node built-in', () => {
  it.each(
    at(DOMAIN_FILE, [
      "import { Injectable } from '@nestjs/common';",
      "import { DataSource } from 'typeorm';",
      "import { Kafka } from 'kafkajs';",
      "import { proxyActivities } from '@temporalio/workflow';",
      "import { z } from 'zod';",
      "import { TOPICS } from '@qorgau/contracts';",
    ]),
  )('%s is refused, saying the domain is the pure functional core', (_code, errors) => {
    expect(errors()).toHaveLength(1);
    expect(errors()[0]).toContain('packages/domain is the functional core');
    expect(errors()[0]).toContain('pass plain data in');
  });

  it.each(
    at(DOMAIN_FILE, [
      "import { readFileSync } from 'node:fs';",
      "import { createHash } from 'crypto';",
      "import path from 'path';",
    ]),
  )('%s is refused: the domain runs in the workflow sandbox', (_code, errors) => {
    expect(errors()).toEqual([expect.stringContaining('no Node built-ins, no I/O')]);
  });

  const allowed = snippet(
    DOMAIN_FILE,
    "import Holidays from 'date-holidays';\nimport { addDays } from '../calendar';\nexport { Holidays, addDays };",
  );
  it('allows relative imports and its one data library', () => {
    expect(allowed()).toEqual([]);
  });

  const test = snippet(
    'packages/domain/src/purity.test.ts',
    "import { readFileSync } from 'node:fs';\nexport { readFileSync };",
  );
  it('leaves the domain tests free to read files', () => {
    expect(test()).toEqual([]);
  });
});

describe('workflow code imports no Node built-in and no activity implementation', () => {
  it.each(
    at(WORKFLOW_FILE, ["import { readFileSync } from 'node:fs';", "import { randomUUID } from 'crypto';"]),
  )('%s is refused: workflow code is replayed in the sandbox', (_code, errors) => {
    expect(errors()).toEqual([expect.stringContaining('replayed deterministically in the Temporal sandbox')]);
  });

  it.each(
    at(WORKFLOW_FILE, [
      "import { createActivities } from '@qorgau/workflow-worker/dist/src/activities';",
      "import { createActivities } from '../../../../apps/workflow-worker/src/activities';",
      "import { SOMETHING } from '../activities';",
    ]),
  )('a value import of activities, %s, is refused', (_code, errors) => {
    expect(errors()).toEqual([expect.stringContaining('may import activities as types only')]);
  });

  const typeOnly = snippet(
    WORKFLOW_FILE,
    "import type { CaseActivities } from '../activities';\nexport type A = CaseActivities;",
  );
  it('allows the activity interface as a type', () => {
    expect(typeOnly()).toEqual([]);
  });

  it.each(
    at(WORKFLOW_FILE, [
      "import { Client } from '@temporalio/client';",
      "import { DataSource } from 'typeorm';",
      "import { TransitionRepository } from '@qorgau/cases-persistence';",
    ]),
  )('%s is refused: side effects belong in activities', (_code, errors) => {
    expect(errors()).toEqual([expect.stringContaining('Put the side effect in an activity')]);
  });

  const workflowApi = snippet(
    WORKFLOW_FILE,
    "import { condition } from '@temporalio/workflow';\nimport { decide } from '@qorgau/domain';\nexport { condition, decide };",
  );
  it('allows the workflow API and the domain', () => {
    expect(workflowApi()).toEqual([]);
  });
});

describe('apps never import each other', () => {
  it.each(
    (
      [
        [
          'apps/cases-service/src/cases/new-feature.ts',
          "import { createActivities } from '@qorgau/workflow-worker';",
        ],
        [
          'apps/notifications-service/src/inbox/new.ts',
          "import { SeedData } from '../../../cases-service/src/seed/seed-data';",
        ],
        [
          'apps/wellbeing-service/src/plans/new.ts',
          "import { x } from '../../../../apps/notifications-service/src/routing/intent';",
        ],
        [
          'apps/workflow-worker/src/activities/new.ts',
          "import { AppModule } from '@qorgau/cases-service/dist/app.module';",
        ],
        ['apps/web/src/pages/new.tsx', "import { x } from '../../../identity/src/directory';"],
      ] as const
    ).map(([file, code]) => [file, code, snippet(file, code)] as const),
  )('%s: %s is refused', (_file, _code, errors) => {
    expect(errors()).toEqual([expect.stringContaining('Apps never import each other')]);
    expect(errors()[0]).toContain('Share through a package');
  });

  const own = snippet(
    'apps/cases-service/src/cases/new-feature.ts',
    "import { SeedData } from '../seed/seed-data';\nimport { TOPICS } from '@qorgau/contracts';\nexport { SeedData, TOPICS };",
  );
  it('allows an app its own folders and the packages', () => {
    expect(own()).toEqual([]);
  });
});
