import { Body, Controller, Get, Headers, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { caseEventViewFor, caseViewFor, deadlinesFor, tasksByRoleFor, withheldFields } from '@qorgau/domain';
import { currentRequestId, CurrentUser, OperationId, type Principal } from '@qorgau/service-kit';
import { caseClock, caseClockQuery, deadlinesQuery, environmentQuery, tasksQuery } from '@qorgau/workflows';
import { type Request, type Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { type Clock } from '../platform/clock';
import { TemporalClientProvider } from '../platform/temporal-client.provider';
import { CLOCK } from '../platform/tokens';
import { CaseCommandService } from './case-command.service';
import { CaseScopeRepository } from './case-scope.repository';
import { caseViewerOf } from './case-viewer';
import { calendarOfCase, withWorkingDaysLeft } from './deadline-countdown';
import { DomainRejectionFilter } from './domain-rejection.filter';
import { ReportCaseDto } from './dto/case-commands.dto';
import { respond } from './respond';

/** Registering a report, and reads of a case: the projection, its timeline, and the workflow's deadlines and tasks. */
@ApiTags('cases')
@ApiBearerAuth()
@UseFilters(DomainRejectionFilter)
@Controller('cases')
export class CasesController {
  constructor(
    @Inject(CaseCommandService) private readonly commands: CaseCommandService,
    @Inject(CaseScopeRepository) private readonly scopes: CaseScopeRepository,
    @Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Post()
  @ApiBody({ type: ReportCaseDto })
  @ApiOperation({ summary: 'Registers a report (рапорт) and starts the case workflow' })
  @ApiHeader({ name: 'Idempotency-Key', required: true })
  @OperationId('registerCase')
  async register(
    @CurrentUser() user: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() body: ReportCaseDto,
    @Req() req: Request,
    @Res({ passthrough: true }) res: Response,
  ) {
    const stored = await this.commands.register(user, IdempotencyService.checkKey(key), req.path, body);
    return respond(res, stored);
  }

  @Get(':caseId')
  @ApiOperation({
    summary:
      'The case projection as the caller may see it (art. 42: each relation sees what its role needs; `withheld` names the fields left out); ETag = version',
  })
  @OperationId('getCase')
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'The ETag last read; 304 when unchanged',
  })
  @ApiResponse({ status: 200, description: 'The case as the caller may see it; ETag is its version' })
  @ApiResponse({
    status: 304,
    description: 'Not modified: the case is still at the version If-None-Match names',
  })
  async get(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { record, unitId, scope } = await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.read', caseId);
    const etag = `"${record.version}"`;
    res.setHeader('etag', etag);
    // The body depends on who asks: a cache must not hand one reader's view to another.
    res.setHeader('vary', 'Authorization');
    if (ifNoneMatch === etag) {
      res.status(304);
      return undefined;
    }
    const viewer = caseViewerOf(user, scope);
    return {
      caseId,
      unitId,
      version: record.version,
      stage: record.stage,
      state: caseViewFor(record.state, viewer),
      withheld: withheldFields(viewer),
    };
  }

  @Get(':caseId/timeline')
  @ApiOperation({
    summary: "The case's events the caller may see, each cut by the same rules as the projection (art. 42)",
  })
  @OperationId('getCaseTimeline')
  async timeline(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    const { scope } = await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.timeline.read', caseId);
    const viewer = caseViewerOf(user, scope);
    const events = await this.scopes.timeline(caseId);
    return events.flatMap((e) => {
      const data = caseEventViewFor(e.data, viewer, scope.state);
      if (!data) return [];
      return [{ seq: e.seq, eventId: e.eventId, type: e.type, occurredAt: e.occurredAt.toISOString(), data }];
    });
  }

  @Get(':caseId/deadlines')
  @ApiOperation({
    summary:
      "The case's running clocks the caller may see (art. 42): the case-wide ones, and a person's (limitation, Protection Act window, penalty, appeal) only as the rules give that person's data; each with `workingDaysLeft` on the case's today (negative: overdue)",
  })
  @OperationId('getCaseDeadlines')
  async deadlines(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    const { scope } = await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.deadlines.read', caseId);
    const [deadlines, clock, environment] = await Promise.all([
      this.temporal.query(caseId, deadlinesQuery),
      this.temporal.query(caseId, caseClockQuery),
      this.temporal.query(caseId, environmentQuery),
    ]);
    // The countdown is the service's (on the case's own today and calendar): a screen never counts working days.
    return withWorkingDaysLeft(
      deadlinesFor(deadlines, caseViewerOf(user, scope)),
      clock,
      calendarOfCase(environment, this.temporal.environment),
      this.clock.now().getTime(),
    );
  }

  @Get(':caseId/clock')
  @ApiOperation({
    summary: "The case's clock: where it meets real time, its scale (QORGAU_TIME_SCALE) and the case's now",
  })
  @OperationId('getCaseClock')
  async caseClock(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.clock.read', caseId);
    // The workflow cannot see the present between its tasks: its clock's now is worked out here, at read time.
    const { origin, scale } = await this.temporal.query(caseId, caseClockQuery);
    const realNow = this.clock.now().getTime();
    return { origin, scale, asOf: caseClock({ origin, scale }, realNow, () => realNow).nowIso() };
  }

  @Get(':caseId/tasks')
  @ApiOperation({
    summary:
      "The case's open tasks by role the caller may see (art. 42): the steps naming nobody, and a task about a person only as the rules give that person's data",
  })
  @OperationId('getCaseTasks')
  async tasks(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    const { scope } = await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.tasks.read', caseId);
    const tasks = await this.temporal.query(caseId, tasksQuery);
    return tasksByRoleFor(tasks, caseViewerOf(user, scope));
  }

  /** Case content is confidential personal-file material (art. 42): every read is audited. */
  private read(user: Principal, action: string, caseId: string) {
    return this.audit.record(user, { action, target: `case/${caseId}`, requestId: currentRequestId() });
  }
}
