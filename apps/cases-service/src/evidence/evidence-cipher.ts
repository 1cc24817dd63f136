import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

// Envelope of an encrypted evidence object: magic, 12-byte IV, 16-byte GCM tag, ciphertext.
const MAGIC = Buffer.from('QEV1');
const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * AES-256-GCM for evidence at rest, with the content's SHA-256 as associated data: an object copied under
 * another name, truncated or altered fails to decrypt. The key never leaves the service.
 */
export class EvidenceCipher {
  constructor(private readonly key: Buffer) {
    if (key.length !== 32) throw new Error('the evidence encryption key must be 32 bytes (AES-256)');
  }

  /** A base64 key as EVIDENCE_ENCRYPTION_KEY holds it. */
  static fromBase64(base64: string): EvidenceCipher {
    return new EvidenceCipher(Buffer.from(base64.trim(), 'base64'));
  }

  seal(content: Buffer, sha256: string): Buffer {
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(sha256));
    const ciphertext = Buffer.concat([cipher.update(content), cipher.final()]);
    return Buffer.concat([MAGIC, iv, cipher.getAuthTag(), ciphertext]);
  }

  open(sealed: Buffer, sha256: string): Buffer {
    if (sealed.length < MAGIC.length + IV_BYTES + TAG_BYTES || !sealed.subarray(0, 4).equals(MAGIC)) {
      throw new Error(`evidence object ${sha256} is not an encrypted evidence envelope`);
    }
    const iv = sealed.subarray(4, 4 + IV_BYTES);
    const tag = sealed.subarray(4 + IV_BYTES, 4 + IV_BYTES + TAG_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', this.key, iv);
    decipher.setAAD(Buffer.from(sha256));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(sealed.subarray(4 + IV_BYTES + TAG_BYTES)), decipher.final()]);
    } catch {
      throw new Error(`evidence object ${sha256} failed authentication (wrong key or altered content)`);
    }
  }
}
