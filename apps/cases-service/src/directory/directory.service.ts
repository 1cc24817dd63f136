import { Inject, Injectable } from '@nestjs/common';
import { currentRequestId, type Principal } from '@qorgau/service-kit';
import { type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { readCsv } from './directory-csv';
import { type DirectoryFile, type DirectoryIssue } from './directory-model';
import { planImport, type Change, type ImportPlan } from './directory-plan';
import { DirectoryRejected } from './directory-rejection';
import { readBatch, type RawRow } from './directory-rows';
import { DirectoryRepository } from './directory.repository';

export type DirectoryRows = Partial<Record<DirectoryFile, readonly RawRow[]>>;

const TARGETS: Record<'units' | 'officers' | 'compositions', (key: string) => string> = {
  units: (key) => `unit/${key}`,
  officers: (key) => `officer/${key}`,
  compositions: (key) => `commission/${key.replace('|', '/')}`,
};

/**
 * Every change of the directory goes through one path: rows (from CSV files, or JSON turned into the same
 * rows) are read row by row, planned against the directory as it stands, and either refused as a whole with
 * every issue, or written in one transaction with one audit entry per changed record.
 */
@Injectable()
export class DirectoryService {
  constructor(
    @Inject(DirectoryRepository) private readonly repository: DirectoryRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  /** The CSV files as rows; any file-level issue (header, quoting) refuses the whole import. */
  rowsFromCsv(files: Partial<Record<DirectoryFile, string>>): DirectoryRows {
    const issues: DirectoryIssue[] = [];
    const rows: Partial<Record<DirectoryFile, RawRow[]>> = {};
    for (const file of Object.keys(files) as DirectoryFile[]) {
      const read = readCsv(file, files[file]!);
      issues.push(...read.issues);
      rows[file] = read.rows;
    }
    if (Object.keys(files).length === 0)
      issues.push({ file: 'officers', line: 1, column: null, rule: 'empty_import' });
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
      const requestId = currentRequestId();
      for (const table of ['units', 'officers', 'compositions'] as const) {
        for (const change of plan[table] as readonly Change<unknown>[]) {
          await this.audit.record(
            principal,
            { action: `directory.${table}.${change.kind}`, target: TARGETS[table](change.key), requestId },
            manager,
          );
        }
      }
      return plan;
    });
  }
}

const FILE_ORDER: readonly DirectoryFile[] = ['units', 'officers', 'commissions'];
const sortIssues = (issues: readonly DirectoryIssue[]) =>
  [...issues].sort((a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || a.line - b.line);
