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
    params: { path: { caseId }, query: { name: file.name } },
    // The raw bytes, as they are: openapi-fetch would otherwise serialize the body as JSON.
    body: file as never,
    bodySerializer: (bytes: unknown) => bytes as BodyInit,
    headers: { 'Content-Type': mediaType },
  });
  const stored = data as unknown as UploadedFile;
  return { name: stored.name, contentHash: stored.contentHash, mediaType: stored.mediaType ?? mediaType };
}
