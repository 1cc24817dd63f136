import { PROTECTION_ACT_SECTIONS } from '@qorgau/domain';
import { createZodDto } from '@qorgau/service-kit';
import { z } from 'zod';

/**
 * A draft keeps what the subject has typed so far, in the FileProtectionAct body's shape (`items`, each with
 * `id` and `section`), but half-written: fields may still be missing or empty. Submission (POST
 * /cases/:caseId/protection-acts) validates in full; a draft never reaches the workflow.
 */
export const draftItemSchema = z
  .object({
    id: z.string().min(1).max(100),
    section: z.enum(PROTECTION_ACT_SECTIONS),
  })
  .catchall(z.unknown());

export const saveDraftSchema = z.object({ items: z.array(draftItemSchema).max(200) });
export class SaveDraftDto extends createZodDto(saveDraftSchema) {}

export const draftSchema = z.object({
  revision: z.int().min(0),
  items: z.array(draftItemSchema),
  updatedAt: z.string().nullable(),
});
export class DraftDto extends createZodDto(draftSchema) {}

export const uploadedFileSchema = z.object({
  fileId: z.uuid(),
  name: z.string(),
  mediaType: z.string(),
  sizeBytes: z.int(),
  /** What a protection-evidence item's attachment carries: `sha256:<hex>`, computed by the server. */
  contentHash: z.string(),
  uploadedAt: z.string(),
});
export class UploadedFileDto extends createZodDto(uploadedFileSchema) {}

export const fileNameQuery = z.object({
  name: z
    .string()
    .min(1)
    .max(200)
    .regex(/^[^/\\\0]+$/, 'a file name without path separators'),
});
