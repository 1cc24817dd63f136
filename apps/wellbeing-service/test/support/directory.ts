import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDatabase, freePort } from '@qorgau/devstack';
import { Client } from 'pg';
import { keysDir, tokenFor, waitUntil } from './harness';

/** A real cases-service (its built dist) serving the directory, on a database of its own. */
export interface Directory {
  readonly url: string;
  /** Puts officers (and their unit) into the directory, as the cases seed would. */
  add(unitId: string, personRefs: readonly string[]): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts cases-service as a process (the directory's owner), with the relay, the consumer and Temporal out
 * of play: wellbeing asks it for unit rosters over HTTP, as in the deployed system.
 */
export async function startDirectory(name: string): Promise<Directory> {
  const databaseUrl = await createDatabase(process.env.DATABASE_URL!, name);
  await tokenFor('key-warmup', ['wellbeing-staff']); // the dev keys exist before cases-service reads them
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['dist/main.js'], {
    cwd: join(__dirname, '../../../cases-service'),
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      HOST: '127.0.0.1',
      PORT: String(port),
      JWT_DEV_KEYS_DIR: keysDir,
      LOG_LEVEL: 'warn',
      OUTBOX_RELAY_ENABLED: 'false',
      SUPPORT_CONSUMER_ENABLED: 'false',
      EVIDENCE_DIR: mkdtempSync(join(tmpdir(), 'directory-evidence-')),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const url = `http://127.0.0.1:${port}`;
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // Live, and the directory tables migrated at boot.
    await waitUntil(
      'cases-service serves the directory',
      async () => {
        if (child.exitCode !== null) throw new Error(`cases-service exited: ${stderr}`);
        const live = await fetch(`${url}/health/live`).then(
          (r) => r.ok,
          () => false,
        );
        if (!live) return false;
        const tables = await db.query(`SELECT to_regclass('cases.officer') AS t`);
        return (tables.rows[0] as { t: string | null }).t !== null;
      },
      120_000,
    );
  } catch (error) {
    child.kill('SIGKILL');
    await db.end();
    throw error;
  }
  return {
    url,
    async add(unitId, personRefs) {
      await db.query(`INSERT INTO cases.org_unit (id, name) VALUES ($1, $1) ON CONFLICT DO NOTHING`, [
        unitId,
      ]);
      for (const personRef of personRefs)
        await db.query(
          `INSERT INTO cases.officer (person_ref, unit_id, full_name, roles) VALUES ($1, $2, $1, '{officer}')
           ON CONFLICT DO NOTHING`,
          [personRef, unitId],
        );
    },
    async stop() {
      await db.end();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}
