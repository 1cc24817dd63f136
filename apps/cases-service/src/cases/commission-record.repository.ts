import { Inject, Injectable } from '@nestjs/common';
import { type CommissionRecord, type PastCase, type PenaltyKind } from '@qorgau/domain';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

/**
 * What a commission decides on from other cases, read from the cases projection: the decisions of comparable cases
 * (same misconduct type: each penalized person's penalty, each person the order did not penalize) and the subjects'
 * penalties in other cases (repeat offence, art. 57 p.2-2). Penalties cancelled on appeal count as not imposed.
 */
@Injectable()
export class CommissionRecordRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async recordFor(caseId: string, misconductTypes: readonly string[], subjectRefs: readonly string[]) {
    const [penalized, cleared, prior] = await Promise.all([
      this.dataSource.query(
        `SELECT c.id AS case_ref, v->>'misconductType' AS type, p->>'personRef' AS person, p->>'penalty' AS penalty
           FROM cases."case" c
           CROSS JOIN LATERAL jsonb_array_elements(c.state->'penalties') p
           JOIN LATERAL jsonb_array_elements(c.state->'violations') v ON v->>'id' = p->>'violationId'
          WHERE c.id <> $1 AND v->>'misconductType' = ANY($2::text[]) AND p->>'status' <> 'cancelled'`,
        [caseId, misconductTypes],
      ) as Promise<{ case_ref: string; type: string; person: string; penalty: PenaltyKind }[]>,
      this.dataSource.query(
        `SELECT c.id AS case_ref, v->>'misconductType' AS type, n AS person
           FROM cases."case" c
           CROSS JOIN LATERAL jsonb_array_elements_text(c.state->'order'->'notPenalizedRefs') n
           JOIN LATERAL jsonb_array_elements(c.state->'violations') v ON v->'subjectRefs' ? n
          WHERE c.id <> $1 AND v->>'misconductType' = ANY($2::text[])`,
        [caseId, misconductTypes],
      ) as Promise<{ case_ref: string; type: string; person: string }[]>,
      this.dataSource.query(
        `SELECT p->>'personRef' AS person, p->>'imposedOn' AS imposed_on, p->>'endedOn' AS ended_on
           FROM cases."case" c CROSS JOIN LATERAL jsonb_array_elements(c.state->'penalties') p
          WHERE c.id <> $1 AND p->>'personRef' = ANY($2::text[]) AND p->>'status' <> 'cancelled'`,
        [caseId, subjectRefs],
      ) as Promise<{ person: string; imposed_on: string; ended_on: string | null }[]>,
    ]);
    const byCase = new Map<string, { misconductType: string; outcomes: PastCase['outcomes'][number][] }>();
    const add = (caseRef: string, misconductType: string, personRef: string, penalty: PenaltyKind | null) => {
      const key = `${caseRef}|${misconductType}`;
      const entry = byCase.get(key) ?? { misconductType, outcomes: [] };
      entry.outcomes.push({ personRef, penalty });
      byCase.set(key, entry);
    };
    for (const r of penalized) add(r.case_ref, r.type, r.person, r.penalty);
    for (const r of cleared) add(r.case_ref, r.type, r.person, null);
    const record: CommissionRecord = {
      comparableCases: [...byCase.entries()].map(([key, v]) => ({
        caseRef: key.split('|')[0]!,
        misconductType: v.misconductType,
        outcomes: v.outcomes,
      })),
      priorPenalties: prior.map((p) => ({
        personRef: p.person,
        imposedOn: p.imposed_on,
        endedOn: p.ended_on,
      })),
    };
    return record;
  }
}
