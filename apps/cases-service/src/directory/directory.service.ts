import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { currentRequestId, type Principal } from '@qorgau/service-kit';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { readCsv } from './directory-csv';
import { type DirectoryFile, type DirectoryIssue } from './directory-model';
import { planImport, type Change, type ImportPlan } from './directory-plan';
import { DirectoryRejected } from './directory-rejection';
import { readBatch, type RawRow } from './directory-rows';
import { DirectoryRepository } from './directory.repository';

export type DirectoryRows = Partial<Record<DirectoryFile, readonly RawRow[]>>;

const RECORD_TYPES = { units: 'unit', officers: 'officer', compositions: 'commission' } as const;
const recordKey = (table: keyof typeof RECORD_TYPES, key: string) =>
  table === 'compositions' ? key.replace('|', '/') : key;

/**
 * Every change of the directory goes through one path: rows (from CSV files, or JSON turned into the same
 * rows) are read row by row, planned against the directory as it stands, and either refused as a whole with
 * every issue, or written in one transaction with its change log and one audit entry.
 */
@Injectable()
export class DirectoryService {
  constructor(
    @Inject(DirectoryRepository) private readonly repository: DirectoryRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The CSV files as rows; any file-level issue (header, quoting) refuses the whole import. No file: no change. */
  rowsFromCsv(files: Partial<Record<DirectoryFile, string>>): DirectoryRows {
    const issues: DirectoryIssue[] = [];
    const rows: Partial<Record<DirectoryFile, RawRow[]>> = {};
    for (const file of Object.keys(files) as DirectoryFile[]) {
      const read = readCsv(file, files[file]!);
      issues.push(...read.issues);
      rows[file] = read.rows;
    }
    if (issues.length > 0) throw new DirectoryRejected(issues, 'csv');
    return rows;
  }

  private plan(
    manager: EntityManager | undefined,
    rows: DirectoryRows,
    deactivateMissing: boolean,
    source: 'csv' | 'json',
  ) {
    return this.repository.snapshot(manager).then((snapshot) => {
      const { batch, issues } = readBatch(rows, deactivateMissing);
      const planned = planImport(snapshot, batch);
      const all = [...issues, ...(planned.ok ? [] : planned.issues)];
      if (all.length > 0 || !planned.ok) throw new DirectoryRejected(sortIssues(all), source);
      return planned.plan;
    });
  }

  /** What the rows would change; nothing is written. */
  preview(rows: DirectoryRows, deactivateMissing: boolean, source: 'csv' | 'json'): Promise<ImportPlan> {
    return this.plan(undefined, rows, deactivateMissing, source);
  }

  /** All or nothing: planned again inside the transaction (under the directory lock), written, audited. */
  apply(
    principal: Principal,
    rows: DirectoryRows,
    deactivateMissing: boolean,
    source: 'csv' | 'json',
  ): Promise<ImportPlan> {
    return this.repository.exclusively(async (manager) => {
      const plan = await this.plan(manager, rows, deactivateMissing, source);
      await this.repository.write(manager, plan);
      const changes = (['units', 'officers', 'compositions'] as const).flatMap((table) =>
        (plan[table] as readonly Change<unknown>[]).map((c) => ({
          recordType: RECORD_TYPES[table],
          key: recordKey(table, c.key),
          kind: c.kind,
          before: c.before,
          after: c.after,
        })),
      );
      if (changes.length === 0) return plan;
      // One audit entry per change set, naming the digest of its records (kept in cases.directory_change):
      // a 2,000-row import is one link of the chain, and any later edit of its records no longer matches.
      const at = this.clock.now();
      const changeSet = createHash('sha256')
        .update(JSON.stringify({ at, actor: principal.personRef, changes }))
        .digest('hex');
      await this.repository.logChanges(manager, changeSet, at, principal.personRef, changes);
      const only = changes.length === 1 ? changes[0]! : undefined;
      await this.audit.record(
        principal,
        {
          action: only ? `directory.${only.recordType}.${only.kind}` : 'directory.import',
          target: only ? `${only.recordType}/${only.key}#${changeSet}` : `directory-changes/${changeSet}`,
          requestId: currentRequestId(),
        },
        manager,
      );
      return plan;
    });
  }
}

const FILE_ORDER: readonly DirectoryFile[] = ['units', 'officers', 'commissions'];
const sortIssues = (issues: readonly DirectoryIssue[]) =>
  [...issues].sort((a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || a.line - b.line);
