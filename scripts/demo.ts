// The demo (`bash scripts/demo.sh` builds, then runs this with tsx): starts a throw-away Qorgau of its own on free
// ports (its own Postgres, Kafka and Temporal dev server with the Web UI, so it does not clash with `run.sh`) on
// compressed case time, plays the seed's case through the public HTTP APIs only (playSeedCase from
// @qorgau/local-system), prints the timeline as it happens, a few notifications as the officers read them, and
// the Temporal Web UI links of the case's workflows. Then it stops everything and exits (0: every step as
// expected, 1: a step failed), or with --keep waits for Ctrl-C so the Web UI can be browsed.
import { requireCommand } from '../packages/devstack/dist/index.js';
import {
  kazakhstanMinute,
  playSeedCase,
  QorgauHttp,
  SeedCaseFailure,
  startSystem,
  type InboxItem,
  type RunningSystem,
  type SeedCaseResult,
  type SeedCaseStep,
} from '../packages/local-system/dist/index.js';

const USAGE = `bash scripts/demo.sh [--day-seconds S | --scale N] [--keep]

Plays the seed's case (two officers in a verbal conflict, a slap alleged with no objective evidence) through the
public HTTP APIs of a throw-away Qorgau started for the demo, on compressed case time, and prints the timeline.

  --day-seconds S   real seconds per case day (default 4, i.e. --scale 21600); the demo spans about 3 case weeks
  --scale N         case seconds per real second (QORGAU_TIME_SCALE), 1 to 1000000
  --keep            keep the system running after the demo (browse the Temporal Web UI); Ctrl-C stops it
  --help            this text`;

const DAY_SECONDS = 86_400;

interface Args {
  scale: number;
  keep: boolean;
}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { scale: DAY_SECONDS / 4, keep: false };
  for (let i = 0; i < argv.length; i += 1) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = (): number => {
      const raw = inline ?? argv[(i += 1)];
      const n = Number(raw);
      if (raw === undefined || !Number.isFinite(n) || n <= 0)
        throw new Error(`${flag} needs a positive number`);
      return n;
    };
    if (flag === '--keep') args.keep = true;
    else if (flag === '--scale') args.scale = value();
    else if (flag === '--day-seconds') args.scale = DAY_SECONDS / value();
    else if (flag === '--help' || flag === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n\n${USAGE}`);
  }
  if (args.scale < 1 || args.scale > 1_000_000) throw new Error('the scale must be from 1 to 1000000');
  return args;
}

// ---- output ----
const color = process.stdout.isTTY && !process.env.NO_COLOR;
const paint = (code: number) => (text: string) => (color ? `\u001b[${code}m${text}\u001b[0m` : text);
const dim = paint(2);
const bold = paint(1);
const green = paint(32);
const yellow = paint(33);
const red = paint(31);
const cyan = paint(36);

const log = (message: string) => console.log(dim(`demo: ${message}`));
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)}\u00a0s`; // kept on one line by wrap()
const clockTime = (ms: number) => {
  const s = Math.round(ms / 1000);
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s`;
};
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const caseTime = (step: SeedCaseStep) => {
  const minute = kazakhstanMinute(Date.parse(step.asOf));
  const weekday = WEEKDAYS[new Date(`${minute.slice(0, 10)}T00:00:00Z`).getUTCDay()];
  return `${step.asOfEstimated ? '~' : ' '}${weekday} ${minute}`;
};

const PHASES: Record<string, string> = {
  report: 'Report',
  explanations: 'Explanations (art. 57 p.3)',
  investigation: 'Investigation (art. 58)',
  'protection-act': 'Protection Act and its answers',
  conclusion: 'Conclusion (art. 58 p.5, p.8)',
  commission: 'Disciplinary commission (art. 58-1)',
  order: 'Order (art. 57 p.8-9)',
  appeal: 'Appeal (art. 57 p.19-21)',
  support: 'Post-case support (behind the wall)',
};

const MARK: Record<SeedCaseStep['kind'], string> = { command: '✓', refused: '✗', read: '?', wait: '…' };
/** Where the title and the outcome start: after mark, step, case time, real time and actor. */
const COLUMNS = [2, 3, 21, 8, 15] as const;
const INDENT = ' '.repeat(COLUMNS.reduce((sum, width) => sum + width + 2, 0));
const WIDTH = Math.max(INDENT.length + 40, Math.min(process.stdout.columns || 160, 200));
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** Words into lines of at most `width` characters (a longer word gets a line of its own). */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}

let lastPhase: string | undefined;
let firstLine: string | undefined;
let lastLine: string | undefined;

function printStep(step: SeedCaseStep): void {
  if (step.phase !== lastPhase) {
    lastPhase = step.phase;
    const title = PHASES[step.phase] ?? step.phase;
    console.log(`\n${bold(`── ${title} ${'─'.repeat(Math.max(3, WIDTH - 4 - title.length))}`)}`);
  }
  // The case id in full once (step 1); afterwards its first 8 characters.
  const short = (text: string) =>
    step.index === 1 ? text : text.replace(UUID, (id) => `${id.slice(0, 8)}…`);
  const mark = !step.ok
    ? red('✗✗')
    : step.kind === 'refused'
      ? yellow(` ${MARK[step.kind]}`)
      : green(` ${MARK[step.kind]}`);
  const [title = '', ...titleRest] = wrap(short(step.title), WIDTH - INDENT.length);
  const head = [
    mark,
    String(step.index).padStart(3),
    caseTime(step).padEnd(21),
    `+${seconds(step.realElapsedMs)}`.padStart(8),
    step.actor.padEnd(15),
    title,
  ].join('  ');
  const status = step.status !== undefined ? `${step.status} ` : '';
  const version = step.version !== undefined ? `v${step.version} ${step.stage ?? ''} · ` : '';
  const waited = step.kind === 'wait' ? ` (waited ${seconds(step.durationMs)})` : '';
  const outcome = `${step.ok ? '→' : '→ FAILED:'} ${status}${version}${short(step.outcome)}${waited}`;
  const paintOutcome = !step.ok ? red : step.kind === 'refused' ? yellow : (text: string) => text;
  console.log(head);
  for (const line of titleRest) console.log(`${INDENT}${line}`);
  for (const line of wrap(outcome, WIDTH - INDENT.length)) console.log(`${INDENT}${paintOutcome(line)}`);
  const extra = [...(step.details ?? []), ...(step.request ? [step.request] : [])];
  for (const line of extra.flatMap((text) => wrap(short(text), WIDTH - INDENT.length - 2)))
    console.log(`${INDENT}  ${dim(line)}`);
  firstLine ??= head;
  lastLine = head;
}

function printLegend(scale: number): void {
  const daySeconds = DAY_SECONDS / scale;
  console.log(`
${bold("The seed's case, played through the public HTTP APIs")} (case time ${scale}x real time: one case day = ${daySeconds.toFixed(daySeconds < 10 ? 1 : 0)} s)
  ${green('✓')} accepted (2xx)   ${yellow('✗')} refused by the rules on purpose (4xx problem+json, title · detail in the
  caller's language)   ${green('…')} waited for an asynchronous effect (Kafka → another service) or for case time
  ${green('?')} read   case time = Kazakhstan time (UTC+5) of the events the step recorded; ~ = the client's estimate
  of the case clock (steps that recorded no case event)   +s = real seconds since the report
  columns: mark  step  case time  real  actor  what → status, case version and stage, outcome`);
}

const INBOX_SAMPLES: readonly [string, string][] = [
  ['officer-b', 'protection-act-window-opened'],
  ['officer-a', 'commission-notice'],
  ['officer-b', 'appeal-decided'],
];

function printResult(result: SeedCaseResult, system: RunningSystem, started: number): void {
  const days = (Date.parse(result.caseTime.to) - Date.parse(result.caseTime.from)) / 86_400_000;
  console.log(
    `\n${bold('Notifications as the officers read them')} (GET notifications /inbox; rendered in each token's language)`,
  );
  for (const [person, items] of Object.entries(result.inbox)) {
    console.log(
      `  ${person}: ${items.length} notifications (${[...new Set(items.map((i) => i.template))].join(', ')})`,
    );
  }
  for (const [person, template] of INBOX_SAMPLES) {
    const item: InboxItem | undefined = result.inbox[person]?.find((i) => i.template === template);
    if (!item) continue;
    console.log(`\n  ${cyan(person)} · ${item.template}\n    ${bold(item.title)}`);
    for (const line of wrap(item.body, WIDTH - 4)) console.log(`    ${line}`);
  }
  const ui = system.urls.temporalUi;
  const link = (id: string) =>
    ui ? `${ui}/namespaces/${system.temporal.namespace}/workflows/${encodeURIComponent(id)}` : id;
  console.log(`\n${bold('Temporal Web UI')} ${ui ?? '(external Temporal: no UI started)'}`);
  console.log(`  case          ${link(result.workflows.case)}`);
  for (const child of result.workflows.children) {
    console.log(`  ${(child.startsWith('appeal-') ? 'appeal' : 'support plan').padEnd(13)} ${link(child)}`);
  }
  console.log(
    dim(
      "  The case's history shows every step as an `execute` update, the timers on compressed case time and its\n" +
        '  child workflows (support follow-ups, the appeal); the `caseClock` query shows the case time.',
    ),
  );
  const refused = result.steps.filter((s) => s.kind === 'refused').length;
  console.log(`
${bold('Done')}: ${result.steps.length} steps as expected (${refused} refused on purpose); case ${result.caseId}
  case time ${kazakhstanMinute(Date.parse(result.caseTime.from))} → ${kazakhstanMinute(Date.parse(result.caseTime.to))} (${days.toFixed(1)} days) in ${clockTime(result.realMs)} real; ${clockTime(Date.now() - started)} in all, with the system's start
  first line: ${firstLine ?? ''}
  last line:  ${lastLine ?? ''}`);
}

// ---- lifecycle ----
let starting: Promise<RunningSystem> | undefined;
let stopping: Promise<void> | undefined;
let releaseKeep: (() => void) | undefined;
let exitCode = 0;

function shutdown(code: number): void {
  exitCode = Math.max(exitCode, code);
  if (stopping) return;
  log('stopping...');
  const alive = setInterval(() => undefined, 1000); // pending promises alone don't keep node running
  stopping = (starting ?? Promise.reject(new Error('not started')))
    .then(
      (system) => system.stop(),
      () => undefined,
    )
    .catch((error: unknown) => console.error(error))
    .finally(() => {
      clearInterval(alive);
      log('stopped');
      process.exit(exitCode);
    });
}

function onSignal(signal: NodeJS.Signals): void {
  if (releaseKeep) {
    releaseKeep();
    return;
  }
  if (stopping) {
    log(`${signal} again: still stopping (apps get 10 s, then SIGKILL)`);
    return;
  }
  log(`${signal}: interrupted`);
  shutdown(130);
}

async function main(): Promise<void> {
  const started = Date.now();
  const args = parseArgs(process.argv.slice(2));
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  if (!process.env.KAFKA_BROKERS) requireCommand('java');
  if (!process.env.KAFKA_BROKERS) requireCommand('mvn');

  log(`starting a throw-away system on free ports (case time ${args.scale}x)...`);
  starting = startSystem({
    timeScale: args.scale,
    temporalUi: true,
    databasePrefix: 'demo_',
    persistent: false,
    log,
  });
  const system = await starting;
  if (stopping) return;
  log(`system ready in ${seconds(Date.now() - started)}; logs in .cache/logs/`);
  printLegend(args.scale);

  const crashed = system.crashed.then((app) => {
    throw new Error(`${app.name} exited unexpectedly; log ${app.logFile}:\n${app.tail(30)}`);
  });
  try {
    const result = await Promise.race([
      playSeedCase(new QorgauHttp(system.urls), system.seed.people, {
        timeScale: args.scale,
        onStep: printStep,
      }),
      crashed,
    ]);
    if (stopping) return;
    printResult(result, system, started);
  } catch (error) {
    if (stopping) return;
    exitCode = 1;
    console.error(`\n${red('demo failed')}: ${error instanceof Error ? error.message : String(error)}`);
    if (error instanceof SeedCaseFailure && error.step.problem) {
      console.error(dim(JSON.stringify(error.step.problem, null, 2)));
    }
    console.error(dim(`  the services' logs: ${system.apps.map((app) => app.logFile).join(' ')}`));
  }

  if (args.keep) {
    console.log(
      `\n${bold('Kept running')} (--keep): the Temporal Web UI ${system.urls.temporalUi ?? ''}, cases-service ${system.urls.cases}/docs. Ctrl-C stops everything.`,
    );
    await Promise.race([
      new Promise<void>((resolve) => (releaseKeep = resolve)),
      system.crashed.then((app) => {
        console.error(`demo: ${app.name} exited unexpectedly; log ${app.logFile}`);
        exitCode = 1;
      }),
    ]);
  }
  shutdown(exitCode);
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  shutdown(1);
});
