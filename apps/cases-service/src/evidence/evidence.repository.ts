import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

export interface EvidenceContent {
  readonly sha256: string;
  readonly sizeBytes: number;
  readonly mediaType: string;
  readonly uploadedBy: string;
  readonly uploadedAt: string;
}

export interface CustodyEntry {
  readonly at: string;
  readonly actor: string;
  readonly action: 'deposited' | 'accessed';
  readonly sha256: string;
  readonly requestId: string | null;
}

/** Evidence content records and the chain of custody (who deposited or accessed which content, when). */
@Injectable()
export class EvidenceRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Records the content once; returns what is recorded (possibly an earlier, different upload). */
  async recordContent(
    caseId: string,
    evidenceId: string,
    content: EvidenceContent,
  ): Promise<EvidenceContent> {
    await this.dataSource.query(
      `INSERT INTO cases.evidence_content (case_id, evidence_id, sha256, size_bytes, media_type, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (case_id, evidence_id) DO NOTHING`,
      [
        caseId,
        evidenceId,
        content.sha256,
        content.sizeBytes,
        content.mediaType,
        content.uploadedBy,
        content.uploadedAt,
      ],
    );
    return (await this.content(caseId, evidenceId))!;
  }

  async content(caseId: string, evidenceId: string): Promise<EvidenceContent | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT sha256, size_bytes, media_type, uploaded_by, uploaded_at FROM cases.evidence_content
       WHERE case_id = $1 AND evidence_id = $2`,
      [caseId, evidenceId],
    )) as {
      sha256: string;
      size_bytes: string;
      media_type: string;
      uploaded_by: string;
      uploaded_at: Date;
    }[];
    return row
      ? {
          sha256: row.sha256,
          sizeBytes: Number(row.size_bytes),
          mediaType: row.media_type,
          uploadedBy: row.uploaded_by,
          uploadedAt: new Date(row.uploaded_at).toISOString(),
        }
      : undefined;
  }

  async addCustody(caseId: string, evidenceId: string, entry: CustodyEntry): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO cases.evidence_custody (case_id, evidence_id, at, actor, action, sha256, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [caseId, evidenceId, entry.at, entry.actor, entry.action, entry.sha256, entry.requestId],
    );
  }

  async custody(caseId: string, evidenceId: string): Promise<CustodyEntry[]> {
    const rows = (await this.dataSource.query(
      `SELECT at, actor, action, sha256, request_id FROM cases.evidence_custody
       WHERE case_id = $1 AND evidence_id = $2 ORDER BY seq`,
      [caseId, evidenceId],
    )) as {
      at: Date;
      actor: string;
      action: CustodyEntry['action'];
      sha256: string;
      request_id: string | null;
    }[];
    return rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      actor: r.actor,
      action: r.action,
      sha256: r.sha256,
      requestId: r.request_id,
    }));
  }
}
