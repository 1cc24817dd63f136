import { Inject, Injectable } from '@nestjs/common';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

export interface TaskClaim {
  readonly caseId: string;
  readonly taskId: string;
  readonly claimedBy: string;
  readonly claimedAt: string;
}

/** Who took a group task (`cases.task_claim`): work allocation beside the case, never a step of it. */
@Injectable()
export class TaskClaimRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async forCases(caseIds: readonly string[]): Promise<TaskClaim[]> {
    if (caseIds.length === 0) return [];
    const rows = (await this.dataSource.query(
      `SELECT case_id, task_id, claimed_by, claimed_at FROM cases.task_claim WHERE case_id = ANY($1::uuid[])`,
      [caseIds],
    )) as { case_id: string; task_id: string; claimed_by: string; claimed_at: Date }[];
    return rows.map((r) => ({
      caseId: r.case_id,
      taskId: r.task_id,
      claimedBy: r.claimed_by,
      claimedAt: new Date(r.claimed_at).toISOString(),
    }));
  }

  /** Claims the task unless someone else holds it (one statement: of two claims at once, one wins). */
  async claim(caseId: string, taskId: string, personRef: string, at: Date): Promise<TaskClaim> {
    await this.dataSource.query(
      `INSERT INTO cases.task_claim (case_id, task_id, claimed_by, claimed_at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (case_id, task_id) DO NOTHING`,
      [caseId, taskId, personRef, at],
    );
    const [claim] = (await this.forCases([caseId])).filter((c) => c.taskId === taskId);
    return claim as TaskClaim;
  }

  /** Releases the caller's own claim; true when there was one. */
  async release(caseId: string, taskId: string, personRef: string): Promise<boolean> {
    const result = (await this.dataSource.query(
      `DELETE FROM cases.task_claim WHERE case_id = $1 AND task_id = $2 AND claimed_by = $3 RETURNING case_id`,
      [caseId, taskId, personRef],
    )) as [unknown[], number];
    return result[1] > 0;
  }
}
