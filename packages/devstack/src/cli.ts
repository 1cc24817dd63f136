#!/usr/bin/env node
import { spawn } from 'node:child_process';
import { jaegerPath } from './jaeger';
import { resolveMavenClasspath } from './maven';
import { postgresClientTools } from './postgres-client';
import { requireCommand } from './prerequisites';
import { startStack, type Stack } from './stack';
import { existingTemporalCli, temporalCliPath } from './temporal-dev-server';
import { temporalTestServerPath } from './temporal-test-server';

const USAGE = `qorgau-devstack <command>
  doctor              check prerequisites (Java 17, Maven, Go or a temporal CLI)
  provision           download/build everything into .cache/ (idempotent)
  up [--persistent]   start Postgres, Kafka and the Temporal dev server (+ Web UI), print endpoints, stop on Ctrl-C
  exec -- <cmd...>    start the test infrastructure, run <cmd> with its env, stop everything, exit with <cmd>'s code`;

function doctor(): void {
  if (!process.env.KAFKA_BROKERS || !process.env.TEMPORAL_TEST_SERVER_PATH) requireCommand('java');
  if (!process.env.KAFKA_BROKERS || !process.env.TEMPORAL_TEST_SERVER_PATH) requireCommand('mvn');
  if (!process.env.TEMPORAL_ADDRESS && !existingTemporalCli()) requireCommand('go');
}

function provision(): void {
  doctor();
  const started = Date.now();
  if (!process.env.KAFKA_BROKERS) resolveMavenClasspath('kafka');
  // s3proxy for the S3 evidence storage tests.
  resolveMavenClasspath('s3proxy');
  // pg_dump/pg_restore 17 for the backup drill.
  postgresClientTools();
  temporalTestServerPath();
  if (!process.env.TEMPORAL_ADDRESS) temporalCliPath();
  // Jaeger for the local run's traces and the tracing e2e test.
  jaegerPath();
  console.log(`devstack: provisioned in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function printEndpoints(stack: Stack): void {
  for (const [key, value] of Object.entries(stack.env)) console.log(`  ${key}=${value}`);
}

/** Stops the stack once, on the first of: signal, child exit, error. */
function stopOnce(stack: Stack): (code: number) => Promise<never> {
  let stopping = false;
  return async (code: number) => {
    if (!stopping) {
      stopping = true;
      await stack.stop();
    }
    process.exit(code);
  };
}

async function up(persistent: boolean): Promise<void> {
  doctor();
  console.log('devstack: starting PostgreSQL, Kafka and the Temporal dev server...');
  const stack = await startStack({
    persistent,
    temporalUi: true,
    temporalTestServer: false,
    conventionalPorts: true,
  });
  console.log('devstack: ready');
  printEndpoints(stack);
  const finish = stopOnce(stack);
  process.on('SIGINT', () => void finish(0));
  process.on('SIGTERM', () => void finish(0));
  await new Promise(() => undefined);
}

async function exec(command: string[]): Promise<void> {
  if (command.length === 0) throw new Error('devstack exec: nothing to run; usage: exec -- <cmd...>');
  doctor();
  const started = Date.now();
  const stack = await startStack({});
  console.log(`devstack: infrastructure ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  printEndpoints(stack);
  const finish = stopOnce(stack);
  const [cmd, ...args] = command as [string, ...string[]];
  const child = spawn(cmd, args, { stdio: 'inherit', env: { ...process.env, ...stack.env } });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('error', (error) => {
    console.error(error.message);
    void finish(127);
  });
  child.on('exit', (code, signal) => void finish(code ?? (signal ? 1 : 0)));
}

async function main(argv: string[]): Promise<void> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'doctor':
      doctor();
      console.log('devstack: prerequisites present');
      return;
    case 'provision':
      provision();
      return;
    case 'up':
      return up(rest.includes('--persistent'));
    case 'exec':
      return exec(rest[0] === '--' ? rest.slice(1) : rest);
    default:
      console.log(USAGE);
      process.exitCode = command ? 2 : 0;
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
