import { ConfigError } from '@qorgau/config';
import { loadCasesConfig } from '../config';
import { LocalDiskEvidenceStorage } from './evidence-storage';
import { evidenceStorageFromConfig } from './evidence-storage-from-config';

const config = (env: Record<string, string>) =>
  loadCasesConfig({ DATABASE_URL: 'postgres://u@127.0.0.1/db', ...env });
const problems = (env: Record<string, string>, files: Record<string, string> = {}) => {
  try {
    evidenceStorageFromConfig(config(env), (path) => {
      if (files[path] === undefined) throw new Error('ENOENT');
      return files[path];
    });
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.map((p) => `${p.variable}: ${p.rule}`);
    throw error;
  }
  throw new Error('expected a ConfigError');
};

describe('evidenceStorageFromConfig', () => {
  it('keeps evidence on local disk by default', () => {
    expect(evidenceStorageFromConfig(config({}))).toBeInstanceOf(LocalDiskEvidenceStorage);
  });

  it('refuses S3 without a bucket and a 32-byte key, naming the variables', () => {
    expect(problems({ EVIDENCE_STORAGE: 's3' })).toEqual([
      'EVIDENCE_S3_BUCKET: required',
      'EVIDENCE_ENCRYPTION_KEY: required',
    ]);
    expect(
      problems({
        EVIDENCE_STORAGE: 's3',
        EVIDENCE_S3_BUCKET: 'evidence',
        EVIDENCE_ENCRYPTION_KEY: 'c2hvcnQ=',
      }),
    ).toEqual(['EVIDENCE_ENCRYPTION_KEY: aes_256_key']);
    expect(
      problems({
        EVIDENCE_STORAGE: 's3',
        EVIDENCE_S3_BUCKET: 'evidence',
        EVIDENCE_ENCRYPTION_KEY_FILE: '/run/secrets/none',
      }),
    ).toEqual(['EVIDENCE_ENCRYPTION_KEY_FILE: readable_file']);
  });
});
