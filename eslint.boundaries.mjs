// Import boundaries of the architecture, enforced by lint. Each message says why the boundary is there and what
// to do instead, so whoever hits one learns the rule rather than an error code. tests/guardrails proves each one.
import { builtinModules } from 'node:module';

const escape = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** `fs`, `node:fs`, `fs/promises`, ... : every Node built-in, with or without the `node:` prefix. */
const NODE_BUILTINS = `^(node:.*|(${builtinModules
  .filter((m) => !m.startsWith('_'))
  .map(escape)
  .join('|')})(/.*)?)$`;

/** The deployables: none of them is a library of another. */
export const APPS = [
  'cases-service',
  'workflow-worker',
  'notifications-service',
  'wellbeing-service',
  'identity',
  'web',
];

/** An import of app `name` by its package name or by a relative path into its folder. */
const appImport = (name) => `^(@qorgau/${escape(name)}(/.*)?|(\\.\\./)+(apps/)?${escape(name)}(/.*)?)$`;

const FRAMEWORKS =
  '^(@nestjs/.*|@temporalio/.*|typeorm(/.*)?|kafkajs|pg(/.*)?|express|zod|nodemailer|uuid|@qorgau/.*)$';

export const MESSAGES = {
  domainFramework:
    'packages/domain is the functional core: pure legal rules with time as an input, also run inside Temporal ' +
    'workflow code. It imports no framework, driver or other Qorgau package; adapt in a workflow or service and ' +
    'pass plain data in.',
  domainNode:
    'packages/domain is pure and deterministic (it runs in the Temporal workflow sandbox): no Node built-ins, no I/O. ' +
    'Take what you need as an argument from the caller.',
  workflowNode:
    'Workflow code is replayed deterministically in the Temporal sandbox, where Node built-ins are unavailable or ' +
    'non-deterministic. Do I/O in an activity (apps/workflow-worker/src/activities) and call it through proxyActivities.',
  workflowSideEffects:
    'Workflow code must not touch databases, brokers, HTTP or the Temporal client/worker: it is replayed. Put the ' +
    'side effect in an activity and call it through proxyActivities.',
  workflowActivityImpl:
    'Workflow code may import activities as types only (`import type`, for proxyActivities<T>): their ' +
    'implementations do I/O and do not belong in the workflow bundle. Shared values belong in a workflow-safe module.',
  appToApp:
    'Apps never import each other: each is deployed and scaled alone and owns its own schema. Share through a ' +
    'package (packages/contracts for events and problems, a new package for code) or talk over HTTP/Kafka.',
};

const WORKFLOW_IMPORTS = [
  { regex: NODE_BUILTINS, message: MESSAGES.workflowNode },
  {
    regex:
      '^(@temporalio/(worker|client|activity|testing)|typeorm(/.*)?|kafkajs|pg(/.*)?|@nestjs/.*|@qorgau/(cases-persistence|messaging|service-kit|config|devstack|local-system))$',
    message: MESSAGES.workflowSideEffects,
  },
  {
    regex: `^(@qorgau/workflow-worker(/.*)?|.*/activities(/.*)?)$`,
    allowTypeImports: true,
    message: MESSAGES.workflowActivityImpl,
  },
];

const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });

const PRODUCTION = (dir) => ({
  files: [`${dir}/**/*.ts`],
  ignores: [`${dir}/**/*.test.ts`, `${dir}/**/test-support/**`],
});

/** Flat-config objects; each file gets exactly one no-restricted-imports entry (the last one would win). */
export const boundaries = [
  ...APPS.map((app) => ({
    files: [`apps/${app}/**/*.{ts,tsx,mts}`],
    rules: restrict(
      APPS.filter((other) => other !== app).map((other) => ({
        regex: appImport(other),
        message: MESSAGES.appToApp,
      })),
    ),
  })),
  {
    ...PRODUCTION('packages/domain/src'),
    rules: restrict([
      { regex: NODE_BUILTINS, message: MESSAGES.domainNode },
      { regex: FRAMEWORKS, message: MESSAGES.domainFramework },
    ]),
  },
  { ...PRODUCTION('packages/workflows/src'), rules: restrict(WORKFLOW_IMPORTS) },
];
