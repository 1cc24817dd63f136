import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { decide, initialCaseState, type CaseCommand } from '@qorgau/domain';
import { currentRequestId, ProblemException, type Principal } from '@qorgau/service-kit';
import { type Actor, type CaseCommandResult } from '@qorgau/workflows';
import { AuditService } from '../audit/audit.service';
import { CommissionCompositions } from '../directory/commission-compositions';
import { chooseAddressee } from '../authz/appeal-addressee';
import { canCommand, canReadCase, canRegister, relationsOf, type CaseScope } from '../authz/case-access';
import { UnitDirectoryRepository } from '../authz/unit-directory.repository';
import { IdempotencyService, type StoredResponse } from '../idempotency/idempotency.service';
import { type Clock } from '../platform/clock';
import { DomainRejection, TemporalClientProvider } from '../platform/temporal-client.provider';
import { CLOCK } from '../platform/tokens';
import { CaseEnvironmentRepository } from './case-environment.repository';
import { CaseScopeRepository } from './case-scope.repository';
import { CommissionRecordRepository } from './commission-record.repository';
import { DirectoryReferences } from './dto/directory-references';

export interface CommandResponse extends CaseCommandResult {
  readonly caseId: string;
}

/** The one version an `If-Match` names (`"3"` or `W/"3"`), for the workflow's atomic check; none for `*` or a list. */
export function expectedVersionOf(ifMatch: string | undefined): number | undefined {
  const match = /^(?:W\/)?"(\d{1,9})"$/.exec(ifMatch?.trim() ?? '');
  return match ? Number(match[1]) : undefined;
}

/** The HTTP request's correlation id (`x-request-id`), carried into the workflow and onto the Kafka events. */
const traceOf = (): { traceId?: string } => {
  const traceId = currentRequestId();
  return traceId ? { traceId } : {};
};

const notFound = (caseId: string) =>
  new ProblemException({
    code: 'CASE_NOT_FOUND',
    status: 404,
    detail: `No case ${caseId} is visible to you.`,
  });

/** A case id derived from the registration's idempotency key: a retried registration reaches the same workflow. */
const caseIdFor = (key: string): string => {
  const hex = createHash('sha256').update(`case-registration:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** The workflow's view of who acts, from the caller's relation to the case. */
function actorOf(principal: Principal, scope: CaseScope): Actor {
  const relations = relationsOf(principal, scope);
  const role: Actor['role'] = relations.has('unit-head')
    ? 'head'
    : relations.has('assigned-investigator')
      ? 'investigator'
      : relations.has('commission-on-agenda')
        ? 'commission'
        : relations.has('appeal-official')
          ? 'higher-official'
          : 'subject';
  return { ref: principal.personRef, role };
}

/**
 * Case commands over HTTP: authorize against the case (role plus relation), run once per Idempotency-Key,
 * send to the case's workflow as the `execute` update (update id = the key), audit the change.
 */
@Injectable()
export class CaseCommandService {
  constructor(
    @Inject(CaseScopeRepository) private readonly scopes: CaseScopeRepository,
    @Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider,
    @Inject(IdempotencyService) private readonly idempotency: IdempotencyService,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(UnitDirectoryRepository) private readonly directory: UnitDirectoryRepository,
    @Inject(CommissionRecordRepository) private readonly records: CommissionRecordRepository,
    @Inject(DirectoryReferences) private readonly references: DirectoryReferences,
    @Inject(CommissionCompositions) private readonly compositions: CommissionCompositions,
    @Inject(CaseEnvironmentRepository) private readonly environments: CaseEnvironmentRepository,
  ) {}

  /**
   * No workflow is started with a report it cannot process: the same decider the workflow runs decides the
   * report on an empty case first, and a refusal (or a value the rules cannot compute with) is the caller's 4xx.
   * It decides "as of" no earlier than the report's own latest day: whether that day has come is the workflow's
   * to judge on its own clock (compressed or skipped time), what is checked here is what no clock makes valid.
   */
  private checkReportDecides(
    caseId: string,
    report: Omit<Extract<CaseCommand, { type: 'ReportCase' }>, 'type'>,
  ) {
    const latestDay = report.violations
      .flatMap((v) => [v.committedOn, v.discoveredOn])
      .reduce((a, b) => (b > a ? b : a), '0000-01-01');
    const now = this.clock.now().toISOString();
    const asOf = `${latestDay}T12:00:00.000Z` > now ? `${latestDay}T12:00:00.000Z` : now;
    let decision: ReturnType<typeof decide>;
    try {
      decision = decide(initialCaseState(caseId), { type: 'ReportCase', ...report }, asOf);
    } catch {
      throw new ProblemException({
        code: 'VALIDATION_FAILED',
        status: 400,
        detail: 'The report holds a value the procedure rules cannot compute with (a date out of range?).',
      });
    }
    if (!decision.ok) throw new DomainRejection(decision.error);
  }

  /** The case as the caller may see it; 404 when it does not exist or the caller has no relation to it. */
  async readableScope(principal: Principal, caseId: string) {
    const found = await this.scopes.find(caseId);
    const scope = found && { state: found.record.state, unitId: found.unitId };
    if (!found || !scope || !canReadCase(principal, scope)) throw notFound(caseId);
    return { ...found, scope };
  }

  async register(
    principal: Principal,
    key: string,
    path: string,
    report: Omit<Extract<CaseCommand, { type: 'ReportCase' }>, 'type'>,
  ): Promise<StoredResponse & { replayed: boolean }> {
    if (!canRegister(principal, principal.unitId)) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: 'Only a head registers reports.',
      });
    }
    await this.references.check(report, principal.unitId);
    this.checkReportDecides(caseIdFor(key), report);
    return this.idempotency.once(
      key,
      { actor: principal.personRef, method: 'POST', path, body: report },
      async () => {
        const caseId = caseIdFor(key);
        const registeredAt = this.clock.now();
        await this.scopes.register(
          { caseId, unitId: principal.unitId, registeredBy: principal.personRef },
          registeredAt,
          this.temporal.environment,
        );
        const result = await this.temporal.startWithReport(caseId, principal.unitId, registeredAt, {
          command: { type: 'ReportCase', ...report },
          actor: { ref: principal.personRef, role: 'registrar' },
          requestId: key,
          ...traceOf(),
        });
        await this.audit.record(principal, {
          action: 'case.ReportCase',
          target: `case/${caseId}`,
          requestId: key,
        });
        return { status: 201, body: { caseId, ...result }, headers: { location: `/cases/${caseId}` } };
      },
    );
  }

  async execute(
    principal: Principal,
    caseId: string,
    key: string,
    path: string,
    command: CaseCommand,
    ifMatch?: string,
    /** The request body the command was built from: directory errors name its fields. */
    body: unknown = command,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const { scope } = await this.readableScope(principal, caseId);
    const personRef =
      command.type === 'DeclareInterest'
        ? command.interest.participantRef
        : 'personRef' in command
          ? command.personRef
          : undefined;
    if (!canCommand(principal, scope, { type: command.type, personRef })) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: `You may not perform ${command.type} on this case.`,
      });
    }
    // After authorization, so the directory is not probed by whoever may not act on the case.
    await this.references.check(body);
    await this.compositions.checkSession(command, scope.unitId);
    return this.idempotency.once(
      key,
      { actor: principal.personRef, method: 'POST', path, body: command },
      async () => {
        // Early refusal against the projection; the workflow then checks the same version atomically with the
        // command (two requests with one ETag both pass here, only one passes there).
        if (ifMatch !== undefined) await this.checkVersion(caseId, ifMatch);
        const expectedVersion = expectedVersionOf(ifMatch);
        const result = await this.temporal.execute(caseId, {
          command: await this.withRecord(await this.addressed(command, scope.unitId), scope),
          actor: actorOf(principal, scope),
          requestId: key,
          ...(expectedVersion !== undefined ? { expectedVersion } : {}),
          ...traceOf(),
        });
        await this.audit.record(principal, {
          action: `case.${command.type}`,
          target: `case/${caseId}`,
          requestId: key,
        });
        const body: CommandResponse = { caseId, ...result };
        return { status: 200, body, headers: {} };
      },
    );
  }

  /** The commission decides on the record of other cases, fetched here from the projection (never the client's). */
  private async withRecord(command: CaseCommand, scope: CaseScope): Promise<CaseCommand> {
    if (command.type !== 'HoldCommissionSession') return command;
    const subjects = scope.state.parties.filter((p) => p.roles.includes('subject')).map((p) => p.personRef);
    const types = [...new Set(scope.state.violations.map((v) => v.misconductType))];
    return { ...command, record: await this.records.recordFor(scope.state.caseId, types, subjects) };
  }

  /** An appeal to a higher official goes to the one the directory places above the case's unit (or the one named). */
  private async addressed(command: CaseCommand, caseUnitId: string): Promise<CaseCommand> {
    if (command.type !== 'FileAppeal') return command;
    const { addresseeRef, ...appeal } = command as typeof command & { addresseeRef?: string };
    const refuse = (rule: string, detail: string) =>
      new ProblemException({
        code: 'APPEAL_ADDRESSEE_INVALID',
        status: 422,
        detail,
        errors: [{ field: 'addresseeRef', rule, message: detail }],
      });
    if (appeal.to === 'court') {
      if (addresseeRef !== undefined)
        throw refuse('not_for_court', 'An appeal to a court names no official.');
      return appeal;
    }
    const unitsAbove = await this.directory.unitsAbove(caseUnitId);
    const choice = chooseAddressee(
      unitsAbove,
      await this.directory.higherOfficialsIn(unitsAbove),
      addresseeRef,
    );
    if (!choice.ok) throw refuse(choice.rule, choice.detail);
    return { ...appeal, addressee: choice.addressee };
  }

  /**
   * Moves a running case to the service's current decision environment (policy + calendar data): the head of
   * the case's unit, with a reason; recorded in the case's timeline (DecisionEnvironmentMigrated) and the audit log.
   */
  async migrateEnvironment(
    principal: Principal,
    caseId: string,
    key: string,
    path: string,
    reason: string,
  ): Promise<StoredResponse & { replayed: boolean }> {
    const { scope } = await this.readableScope(principal, caseId);
    if (!canCommand(principal, scope, { type: 'MigrateDecisionEnvironment' })) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: 'Only the head of the case unit migrates its decision environment.',
      });
    }
    const environment = this.temporal.environment;
    return this.idempotency.once(
      key,
      {
        actor: principal.personRef,
        method: 'POST',
        path,
        body: { reason, environment: environment.version },
      },
      async () => {
        const result = await this.temporal.migrateEnvironment(caseId, {
          environment,
          reason,
          actor: actorOf(principal, scope),
          requestId: key,
          ...traceOf(),
        });
        // Read models count the case's working days with the environment it now decides with.
        await this.environments.pin(caseId, environment);
        await this.audit.record(principal, {
          action: 'case.MigrateDecisionEnvironment',
          target: `case/${caseId}`,
          requestId: key,
        });
        const body = { caseId, ...result, environment: environment.version };
        return { status: 200, body, headers: {} };
      },
    );
  }

  /**
   * Optimistic concurrency: `If-Match: "<version>"` (the ETag of GET /cases/:id) must name the current version,
   * else 412. Checked inside the idempotent run, so a replay of a stored response is not refused afterwards.
   */
  private async checkVersion(caseId: string, ifMatch: string): Promise<void> {
    const current = (await this.scopes.find(caseId))?.record.version;
    const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
    if (current !== undefined && (tags.includes('*') || tags.includes(`"${current}"`))) return;
    throw new ProblemException({
      code: 'PRECONDITION_FAILED',
      status: 412,
      detail: `The case changed: its current version is "${current ?? 'none'}", not ${ifMatch}. Read it again.`,
    });
  }
}
