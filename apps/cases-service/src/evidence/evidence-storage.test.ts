import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalDiskEvidenceStorage, sha256Of } from './evidence-storage';

describe('local disk evidence storage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'evidence-'));
  const storage = new LocalDiskEvidenceStorage(dir);

  it('stores content under its SHA-256 and returns it', async () => {
    const content = Buffer.from('shift log: B left the room first');
    const stored = await storage.put(content);
    expect(stored).toEqual({ sha256: sha256Of(content), sizeBytes: content.length });
    expect(await storage.put(content)).toEqual(stored);
    expect((await storage.get(stored.sha256)).equals(content)).toBe(true);
  });

  it('refuses content that no longer matches its hash, and names that are not hashes', async () => {
    const { sha256 } = await storage.put(Buffer.from('original'));
    writeFileSync(join(dir, sha256.slice(0, 2), sha256), 'tampered');
    await expect(storage.get(sha256)).rejects.toThrow(/corrupted/);
    await expect(storage.get('../../etc/passwd')).rejects.toThrow(/not a sha256/);
  });
});
