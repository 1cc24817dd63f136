import { existsSync, readdirSync, rmSync } from 'node:fs';
import { reapRegistry } from './reaper';

// Usage: node reaper-main.js <ownerPid> <registryDir>
const [ownerArg, dir] = process.argv.slice(2);
const owner = Number(ownerArg);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const timer = setInterval(() => {
  if (!dir) return process.exit(2);
  if (alive(owner)) return;
  clearInterval(timer);
  const pending = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pid')) : [];
  if (pending.length === 0) {
    rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  }
  void reapRegistry(dir).then(() => process.exit(0));
}, 500);
