import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { cacheDir } from '../src/paths';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('devstack leaves no process behind', () => {
  // Runs outside the shared stack: this test starts (and kills) its own servers.
  const env = { ...process.env };
  delete env.DATABASE_URL;
  delete env.KAFKA_BROKERS;
  delete env.TEMPORAL_ADDRESS;
  const stackModule = join(__dirname, '..', 'dist', 'stack.js');

  it('stops Kafka, Postgres and the Temporal dev server when the owning process is SIGKILLed', async () => {
    // A child that starts a stack, prints its pid and waits to be killed, as a crashed test run would.
    const script = `
      require(${JSON.stringify(stackModule)}).startStack({ temporalTestServer: false }).then(
        () => console.log(String(process.pid)),
        (e) => { console.error(e); process.exit(1); });
      setInterval(() => undefined, 1000);`;
    const child = spawn(process.execPath, ['-e', script], { env, stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = await new Promise<number>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
        child.once('exit', (code) => reject(new Error(`stack child exited with ${code}`)));
      });
      // The servers devstack registered for that owner: Postgres' postmaster, Kafka's JVM, the temporal CLI.
      const servers = readdirSync(cacheDir('reaper', String(pid))).map((f) => Number(f.replace('.pid', '')));
      expect(servers).toHaveLength(3);
      expect(servers.every(alive)).toBe(true);

      process.kill(pid, 'SIGKILL');
      for (let i = 0; i < 40 && servers.some(alive); i++) await sleep(500);
      expect(servers.filter(alive)).toEqual([]);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
