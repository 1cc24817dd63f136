import { createHash, randomBytes } from 'node:crypto';
import { CreateBucketCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { startS3Server, type S3ServerHandle } from '@qorgau/devstack';
import { loadCasesConfig } from '../src/config';
import { sha256Of, type EvidenceStorage } from '../src/evidence/evidence-storage';
import { evidenceStorageFromConfig } from '../src/evidence/evidence-storage-from-config';
import { S3EvidenceStorage } from '../src/evidence/s3-evidence-storage';

// Evidence on a real S3-compatible server (s3proxy from Maven Central), configured the way production is.
let server: S3ServerHandle;
let raw: S3Client;
const bucket = `evidence-${randomBytes(4).toString('hex')}`;
const key = randomBytes(32).toString('base64');

const storageWith = (encryptionKey: string): EvidenceStorage => {
  process.env.AWS_ACCESS_KEY_ID = server.accessKeyId;
  process.env.AWS_SECRET_ACCESS_KEY = server.secretAccessKey;
  return evidenceStorageFromConfig(
    loadCasesConfig({
      DATABASE_URL: 'postgres://unused@127.0.0.1/unused',
      EVIDENCE_STORAGE: 's3',
      EVIDENCE_S3_BUCKET: bucket,
      EVIDENCE_S3_ENDPOINT: server.endpoint,
      EVIDENCE_S3_FORCE_PATH_STYLE: 'true',
      EVIDENCE_ENCRYPTION_KEY: encryptionKey,
    }),
  );
};
const objectKey = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256}`;
const rawObjectAt = async (Key: string) =>
  Buffer.from(
    await (await raw.send(new GetObjectCommand({ Bucket: bucket, Key }))).Body!.transformToByteArray(),
  );
const rawObject = (sha256: string) => rawObjectAt(objectKey(sha256));

beforeAll(async () => {
  server = await startS3Server();
  raw = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: server.accessKeyId, secretAccessKey: server.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  await raw.send(new CreateBucketCommand({ Bucket: bucket }));
}, 180_000);

afterAll(async () => {
  raw?.destroy();
  await server?.stop();
});

describe('evidence on S3', () => {
  it('stores content by its SHA-256, encrypted at rest, and reads it back', async () => {
    const storage = storageWith(key);
    expect(storage).toBeInstanceOf(S3EvidenceStorage);
    const content = Buffer.from(`Медицинское заключение ${randomBytes(8).toString('hex')}`);
    const stored = await storage.put(content);
    expect(stored).toEqual({ sha256: sha256Of(content), sizeBytes: content.length });
    expect(await storage.get(stored.sha256)).toEqual(content);

    const atRest = await rawObject(stored.sha256);
    expect(atRest.includes(content)).toBe(false);
    expect(atRest.subarray(0, 4).toString()).toBe('QEV1');
    // A second deposit of the same content is a no-op: the object is not rewritten.
    await storage.put(content);
    expect((await rawObject(stored.sha256)).equals(atRest)).toBe(true);
  }, 60_000);

  it('refuses to read with another key, and refuses an altered object', async () => {
    const content = Buffer.from(`witness statement ${randomBytes(8).toString('hex')}`);
    const { sha256 } = await storageWith(key).put(content);
    await expect(storageWith(randomBytes(32).toString('base64')).get(sha256)).rejects.toThrow(
      /failed authentication/,
    );

    const altered = await rawObject(sha256);
    const last = altered.length - 1;
    altered[last] = (altered[last] ?? 0) ^ 0xff;
    await raw.send(new PutObjectCommand({ Bucket: bucket, Key: objectKey(sha256), Body: altered }));
    await expect(storageWith(key).get(sha256)).rejects.toThrow(/failed authentication/);
  }, 60_000);

  it('lets the server reject an upload whose bytes do not match their digest', async () => {
    const body = Buffer.from('what arrived');
    const put = (md5: Buffer) =>
      raw.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: 'evidence/digest-check',
          Body: body,
          ContentMD5: md5.toString('base64'),
        }),
      );
    await expect(put(Buffer.alloc(16))).rejects.toMatchObject({ $metadata: { httpStatusCode: 400 } });
    await expect(
      raw.send(new GetObjectCommand({ Bucket: bucket, Key: 'evidence/digest-check' })),
    ).rejects.toThrow();
    await put(createHash('md5').update(body).digest());
    expect(await rawObjectAt('evidence/digest-check')).toEqual(body);
  }, 60_000);
});
