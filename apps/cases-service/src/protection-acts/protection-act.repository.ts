import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

export interface Draft {
  readonly revision: number;
  readonly items: unknown[];
  readonly updatedAt: string | null;
}

export interface ProtectionActFile {
  readonly fileId: string;
  readonly caseId: string;
  readonly ownerRef: string;
  readonly name: string;
  readonly mediaType: string;
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly uploadedAt: string;
}

/** Drafts (one per case and subject, revisioned) and uploaded files' metadata, in the cases schema. */
@Injectable()
export class ProtectionActRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async draft(caseId: string, personRef: string): Promise<Draft> {
    const [row] = (await this.dataSource.query(
      `SELECT revision, items, updated_at FROM cases.protection_act_draft WHERE case_id = $1 AND person_ref = $2`,
      [caseId, personRef],
    )) as { revision: number; items: unknown[]; updated_at: Date }[];
    return row
      ? { revision: row.revision, items: row.items, updatedAt: new Date(row.updated_at).toISOString() }
      : { revision: 0, items: [], updatedAt: null };
  }

  /**
   * Saves the draft if it is still at `expected` (0: none yet), in one statement so two tabs cannot both win.
   * Returns the new draft, or undefined when someone saved in between.
   */
  async saveDraft(
    caseId: string,
    personRef: string,
    expected: number,
    items: unknown[],
    at: Date,
  ): Promise<Draft | undefined> {
    const rows = (await this.dataSource.query(
      expected === 0
        ? `INSERT INTO cases.protection_act_draft (case_id, person_ref, revision, items, updated_at)
           VALUES ($1, $2, 1, $3::jsonb, $4) ON CONFLICT (case_id, person_ref) DO NOTHING RETURNING revision`
        : `UPDATE cases.protection_act_draft SET revision = revision + 1, items = $3::jsonb, updated_at = $4
            WHERE case_id = $1 AND person_ref = $2 AND revision = $5 RETURNING revision`,
      expected === 0
        ? [caseId, personRef, JSON.stringify(items), at]
        : [caseId, personRef, JSON.stringify(items), at, expected],
    )) as { revision: number }[] | [{ revision: number }[], number];
    // TypeORM returns [rows, count] for UPDATE ... RETURNING and rows for INSERT ... RETURNING.
    const returned = (Array.isArray(rows[0]) ? rows[0] : rows) as { revision: number }[];
    const saved = returned[0];
    return saved && { revision: saved.revision, items, updatedAt: at.toISOString() };
  }

  async addFile(file: ProtectionActFile): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO cases.protection_act_file (id, case_id, owner_ref, name, media_type, sha256, size_bytes, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        file.fileId,
        file.caseId,
        file.ownerRef,
        file.name,
        file.mediaType,
        file.sha256,
        file.sizeBytes,
        file.uploadedAt,
      ],
    );
  }

  /** The latest upload of these bytes by this person in this case (an attachment names bytes, not uploads). */
  async fileByHash(caseId: string, ownerRef: string, sha256: string): Promise<ProtectionActFile | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT id, case_id, owner_ref, name, media_type, sha256, size_bytes, uploaded_at
         FROM cases.protection_act_file WHERE case_id = $1 AND owner_ref = $2 AND sha256 = $3
        ORDER BY uploaded_at DESC LIMIT 1`,
      [caseId, ownerRef, sha256],
    )) as {
      id: string;
      case_id: string;
      owner_ref: string;
      name: string;
      media_type: string;
      sha256: string;
      size_bytes: number;
      uploaded_at: Date;
    }[];
    return (
      row && {
        fileId: row.id,
        caseId: row.case_id,
        ownerRef: row.owner_ref,
        name: row.name,
        mediaType: row.media_type,
        sha256: row.sha256,
        sizeBytes: row.size_bytes,
        uploadedAt: new Date(row.uploaded_at).toISOString(),
      }
    );
  }
}
