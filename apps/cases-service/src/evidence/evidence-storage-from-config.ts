import { readFileSync } from 'node:fs';
import { ConfigError, type ConfigProblem } from '@qorgau/config';
import { type CasesConfig } from '../config';
import { EvidenceCipher } from './evidence-cipher';
import { LocalDiskEvidenceStorage, type EvidenceStorage } from './evidence-storage';
import { S3EvidenceStorage } from './s3-evidence-storage';

type EvidenceConfig = Pick<
  CasesConfig,
  | 'EVIDENCE_DIR'
  | 'EVIDENCE_STORAGE'
  | 'EVIDENCE_S3_BUCKET'
  | 'EVIDENCE_S3_PREFIX'
  | 'EVIDENCE_S3_REGION'
  | 'EVIDENCE_S3_ENDPOINT'
  | 'EVIDENCE_S3_FORCE_PATH_STYLE'
  | 'EVIDENCE_ENCRYPTION_KEY'
  | 'EVIDENCE_ENCRYPTION_KEY_FILE'
>;

/**
 * The evidence storage the settings ask for: local disk by default; S3 with client-side AES-256-GCM, which
 * refuses to start without a bucket and exactly one well-formed key (ConfigError naming the variables).
 */
export function evidenceStorageFromConfig(
  config: EvidenceConfig,
  readFile: (path: string) => string = (path) => readFileSync(path, 'utf8'),
): EvidenceStorage {
  if (config.EVIDENCE_STORAGE === 'disk') return new LocalDiskEvidenceStorage(config.EVIDENCE_DIR);
  const problems: ConfigProblem[] = [];
  if (!config.EVIDENCE_S3_BUCKET) {
    problems.push({
      variable: 'EVIDENCE_S3_BUCKET',
      rule: 'required',
      message: 'is required when EVIDENCE_STORAGE=s3',
    });
  }
  let key: string | undefined;
  if (config.EVIDENCE_ENCRYPTION_KEY && config.EVIDENCE_ENCRYPTION_KEY_FILE) {
    problems.push({
      variable: 'EVIDENCE_ENCRYPTION_KEY_FILE',
      rule: 'exclusive',
      message: 'set either EVIDENCE_ENCRYPTION_KEY or EVIDENCE_ENCRYPTION_KEY_FILE, not both',
    });
  } else if (config.EVIDENCE_ENCRYPTION_KEY_FILE) {
    try {
      key = readFile(config.EVIDENCE_ENCRYPTION_KEY_FILE);
    } catch {
      problems.push({
        variable: 'EVIDENCE_ENCRYPTION_KEY_FILE',
        rule: 'readable_file',
        message: 'names a file that cannot be read',
      });
    }
  } else if (config.EVIDENCE_ENCRYPTION_KEY) {
    key = config.EVIDENCE_ENCRYPTION_KEY;
  } else {
    problems.push({
      variable: 'EVIDENCE_ENCRYPTION_KEY',
      rule: 'required',
      message: 'or EVIDENCE_ENCRYPTION_KEY_FILE is required when EVIDENCE_STORAGE=s3',
    });
  }
  if (key !== undefined && Buffer.from(key.trim(), 'base64').length !== 32) {
    problems.push({
      variable: config.EVIDENCE_ENCRYPTION_KEY_FILE
        ? 'EVIDENCE_ENCRYPTION_KEY_FILE'
        : 'EVIDENCE_ENCRYPTION_KEY',
      rule: 'aes_256_key',
      message: 'must hold 32 bytes in base64 (openssl rand -base64 32)',
    });
  }
  if (problems.length > 0 || key === undefined) throw new ConfigError(problems);
  return new S3EvidenceStorage({
    bucket: config.EVIDENCE_S3_BUCKET!,
    prefix: config.EVIDENCE_S3_PREFIX,
    cipher: EvidenceCipher.fromBase64(key),
    client: {
      region: config.EVIDENCE_S3_REGION,
      ...(config.EVIDENCE_S3_ENDPOINT ? { endpoint: config.EVIDENCE_S3_ENDPOINT } : {}),
      forcePathStyle: config.EVIDENCE_S3_FORCE_PATH_STYLE,
    },
  });
}
