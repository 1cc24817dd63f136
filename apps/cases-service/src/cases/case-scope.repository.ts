import { Inject, Injectable } from '@nestjs/common';
import { CaseRecord, CaseRepository, type CaseEventRecord } from '@qorgau/cases-persistence';
import { type CaseState, type PinnedEnvironment } from '@qorgau/domain';
import { type Principal } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { pinCaseEnvironment } from './case-environment.repository';
import { type InboxCase } from './inbox';
import { DATA_SOURCE } from '../platform/tokens';

export interface CaseRegistration {
  readonly caseId: string;
  readonly unitId: string;
  readonly registeredBy: string;
}

/** The case projection (written by the worker) and the service's registration of each case. */
@Injectable()
export class CaseScopeRepository {
  private readonly cases: CaseRepository;

  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {
    this.cases = new CaseRepository(dataSource);
  }

  /** The registration and the environment the case will be started with, together (a retry changes nothing). */
  async register(registration: CaseRegistration, at: Date, environment: PinnedEnvironment): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted = (await manager.query(
        `INSERT INTO cases.case_registration (case_id, unit_id, registered_by, registered_at)
         VALUES ($1, $2, $3, $4) ON CONFLICT (case_id) DO NOTHING RETURNING case_id`,
        [registration.caseId, registration.unitId, registration.registeredBy, at],
      )) as unknown[];
      if (inserted.length > 0) await pinCaseEnvironment(manager, registration.caseId, environment);
    });
  }

  /** The projection row and the registration's unit in one round trip: every read of a case starts here. */
  async find(caseId: string): Promise<{ record: CaseRecord; unitId: string } | undefined> {
    const [row] = (await this.dataSource.query(
      `SELECT c.id, c.stage, c.state, c.version, c.created_at, c.updated_at, r.unit_id
         FROM cases.case_registration r JOIN cases."case" c ON c.id = r.case_id
        WHERE r.case_id = $1`,
      [caseId],
    )) as {
      id: string;
      stage: string;
      state: CaseState;
      version: number;
      created_at: Date;
      updated_at: Date;
      unit_id: string;
    }[];
    if (!row) return undefined;
    const record = Object.assign(new CaseRecord(), {
      id: row.id,
      stage: row.stage,
      state: row.state,
      version: row.version,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    return { record, unitId: row.unit_id };
  }

  /**
   * The open cases the caller may be related to, read from the projection in one query (no workflow queries):
   * their unit's (a head), assigned to them (an investigator), with them on the commission (a member), naming
   * them as a party (an officer), with an appeal pending to a higher official. A superset: the policy
   * (`relationsOf`) decides.
   */
  async related(principal: Principal, limit = 500): Promise<InboxCase[]> {
    const has = (...roles: string[]) => roles.some((r) => principal.roles.includes(r as never));
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.version, c.state, r.unit_id, r.registered_at
         FROM cases."case" c JOIN cases.case_registration r ON r.case_id = c.id
        WHERE c.stage <> 'closed' AND (
              ($2::boolean AND r.unit_id = $3)
           OR ($4::boolean AND c.state->'investigation'->>'investigatorRef' = $1)
           OR ($5::boolean AND c.state->'commission'->'members' @> jsonb_build_array(jsonb_build_object('personRef', $1::text)))
           OR ($6::boolean AND c.state->'parties' @> jsonb_build_array(jsonb_build_object('personRef', $1::text)))
           OR ($7::boolean AND c.state->'appeals' @> '[{"to": "higher-official", "status": "pending"}]'::jsonb))
        ORDER BY c.updated_at DESC, c.id
        LIMIT $8`,
      [
        principal.personRef,
        has('head'),
        principal.unitId,
        has('investigator'),
        has('commission-member', 'commission-chair', 'commission-secretary'),
        has('officer'),
        has('higher-official'),
        limit,
      ],
    )) as { id: string; version: number; state: CaseState; unit_id: string; registered_at: Date }[];
    return rows.map((r) => ({
      caseId: r.id,
      unitId: r.unit_id,
      version: r.version,
      state: r.state,
      registeredAt: new Date(r.registered_at),
    }));
  }

  /**
   * Every case, open or closed, that may name the caller: as a party (subject, applicant, witness), as the
   * assigned investigator, on the commission, in their unit (a head), or with an appeal to a higher official.
   * A superset, newest first: the policy (`relationsOf`) decides what stays.
   */
  async mine(principal: Principal, limit = 200): Promise<InboxCase[]> {
    const has = (...roles: string[]) => roles.some((r) => principal.roles.includes(r as never));
    const rows = (await this.dataSource.query(
      `SELECT c.id, c.version, c.state, r.unit_id, r.registered_at
         FROM cases."case" c JOIN cases.case_registration r ON r.case_id = c.id
        WHERE ($2::boolean AND r.unit_id = $3)
           OR c.state->'investigation'->>'investigatorRef' = $1
           OR c.state->'commission'->'members' @> jsonb_build_array(jsonb_build_object('personRef', $1::text))
           OR c.state->'parties' @> jsonb_build_array(jsonb_build_object('personRef', $1::text))
           OR ($4::boolean AND jsonb_array_length(c.state->'appeals') > 0)
        ORDER BY r.registered_at DESC, c.id
        LIMIT $5`,
      [principal.personRef, has('head'), principal.unitId, has('higher-official'), limit],
    )) as { id: string; version: number; state: CaseState; unit_id: string; registered_at: Date }[];
    return rows.map((r) => ({
      caseId: r.id,
      unitId: r.unit_id,
      version: r.version,
      state: r.state,
      registeredAt: new Date(r.registered_at),
    }));
  }

  timeline(caseId: string): Promise<CaseEventRecord[]> {
    return this.cases.timeline(caseId);
  }
}
