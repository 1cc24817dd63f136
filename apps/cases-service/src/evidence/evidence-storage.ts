import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

/** Where evidence content lives. Content-addressed: the SHA-256 is the reference, so a re-upload is a no-op. */
export interface EvidenceStorage {
  put(content: Buffer): Promise<{ sha256: string; sizeBytes: number }>;
  get(sha256: string): Promise<Buffer>;
}

export const EVIDENCE_STORAGE = Symbol('EvidenceStorage');

export const sha256Of = (content: Buffer): string => createHash('sha256').update(content).digest('hex');

/** Local disk (the default): `<dir>/<sha[0..2]>/<sha>`, written to a temp name and renamed into place. */
export class LocalDiskEvidenceStorage implements EvidenceStorage {
  private readonly dir: string;

  constructor(dir: string) {
    this.dir = resolve(dir);
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async put(content: Buffer): Promise<{ sha256: string; sizeBytes: number }> {
    const sha256 = sha256Of(content);
    const path = this.pathOf(sha256);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
      const temp = `${path}.${randomUUID()}.tmp`;
      await writeFile(temp, content, { mode: 0o600 });
      await rename(temp, path);
    }
    return { sha256, sizeBytes: content.length };
  }

  async get(sha256: string): Promise<Buffer> {
    const content = await readFile(this.pathOf(sha256));
    // Storage is not trusted blindly: what comes back must still hash to its name.
    if (sha256Of(content) !== sha256) throw new Error(`evidence content ${sha256} is corrupted`);
    return content;
  }
}
