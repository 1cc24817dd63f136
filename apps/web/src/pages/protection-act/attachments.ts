import { type Api } from '../../api/client';

// Uploading a file for the Protection Act: the service stores the bytes and computes their SHA-256 (a hash the
// browser sends would prove nothing). The only place that knows the upload route's shape.

export interface UploadedFile {
  name: string;
  contentHash: string;
  mediaType?: string;
}

export async function uploadAttachment(api: Api, caseId: string, file: File): Promise<UploadedFile> {
  const mediaType = file.type || 'application/octet-stream';
  const { data } = await api.cases.POST('/cases/{caseId}/protection-acts/files', {
    params: { path: { caseId }, header: { 'Idempotency-Key': crypto.randomUUID() } } as never,
    body: file as never,
    bodySerializer: (b: unknown) => b as BodyInit,
    headers: { 'Content-Type': mediaType, 'X-File-Name': encodeURIComponent(file.name) },
  } as never);
  const stored = data as unknown as { contentHash: string; name?: string; mediaType?: string };
  return { name: file.name, contentHash: stored.contentHash, mediaType };
}
