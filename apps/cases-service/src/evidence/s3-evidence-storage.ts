import { createHash } from 'node:crypto';
import {
  GetObjectCommand,
  HeadObjectCommand,
  NotFound,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { type EvidenceCipher } from './evidence-cipher';
import { sha256Of, type EvidenceStorage } from './evidence-storage';

export interface S3EvidenceStorageOptions {
  readonly bucket: string;
  /** Key prefix inside the bucket, e.g. `evidence/`. */
  readonly prefix: string;
  readonly cipher: EvidenceCipher;
  /** Region, endpoint (S3-compatible servers), path-style, credentials; the SDK's default chain otherwise. */
  readonly client: S3ClientConfig;
}

/**
 * Evidence in an S3 bucket, content-addressed like the local disk: `<prefix><sha[0..2]>/<sha>`. The service
 * hashes the plaintext itself (the reference never comes from the client), encrypts it with AES-256-GCM
 * before it leaves the process (encryption at rest that does not depend on the bucket's settings). Uploads are
 * signed with SigV4 over the payload's SHA-256 and carry Content-MD5, so the server rejects corrupted bytes
 * (x-amz-checksum-sha256 would say the same, but S3-compatible servers such as s3proxy do not implement it).
 */
export class S3EvidenceStorage implements EvidenceStorage {
  private readonly s3: S3Client;

  constructor(private readonly options: S3EvidenceStorageOptions) {
    // Checksums only where we set them: S3-compatible servers do not all accept the SDK's default CRC trailers.
    this.s3 = new S3Client({
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      ...options.client,
    });
  }

  private keyOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a sha256');
    return `${this.options.prefix}${sha256.slice(0, 2)}/${sha256}`;
  }

  async put(content: Buffer): Promise<{ sha256: string; sizeBytes: number }> {
    const sha256 = sha256Of(content);
    const Key = this.keyOf(sha256);
    if (!(await this.exists(Key))) {
      const body = this.options.cipher.seal(content, sha256);
      await this.s3.send(
        new PutObjectCommand({
          Bucket: this.options.bucket,
          Key,
          Body: body,
          ContentType: 'application/octet-stream',
          // The server refuses bytes that do not match (BadDigest); SigV4 also signs the payload's SHA-256.
          ContentMD5: createHash('md5').update(body).digest('base64'),
          Metadata: { 'content-sha256': sha256, 'content-length': String(content.length) },
        }),
      );
    }
    return { sha256, sizeBytes: content.length };
  }

  async get(sha256: string): Promise<Buffer> {
    const response = await this.s3.send(
      new GetObjectCommand({ Bucket: this.options.bucket, Key: this.keyOf(sha256) }),
    );
    const sealed = Buffer.from(await response.Body!.transformToByteArray());
    const content = this.options.cipher.open(sealed, sha256);
    // Storage is not trusted blindly: what comes back must still hash to its name.
    if (sha256Of(content) !== sha256) throw new Error(`evidence content ${sha256} is corrupted`);
    return content;
  }

  private async exists(Key: string): Promise<boolean> {
    try {
      await this.s3.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key }));
      return true;
    } catch (error) {
      if (error instanceof NotFound || (error as { name?: string }).name === 'NotFound') return false;
      throw error;
    }
  }

  destroy(): void {
    this.s3.destroy();
  }
}
