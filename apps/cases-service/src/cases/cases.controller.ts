import { Body, Controller, Get, Headers, Inject, Param, Post, Req, Res, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, currentRequestId, type Principal } from '@qorgau/service-kit';
import { caseClock, caseClockQuery, deadlinesQuery, tasksQuery } from '@qorgau/workflows';
import { type Request, type Response } from 'express';
import { AuditService } from '../audit/audit.service';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { type Clock } from '../platform/clock';
import { TemporalClientProvider } from '../platform/temporal-client.provider';
import { CLOCK } from '../platform/tokens';
import { CaseCommandService } from './case-command.service';
import { CaseScopeRepository } from './case-scope.repository';
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
  @ApiOperation({ summary: 'The case projection; ETag = version' })
  async get(
    @CurrentUser() user: Principal,
    @Param('caseId') caseId: string,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) res: Response,
  ) {
    const { record, unitId } = await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.read', caseId);
    const etag = `"${record.version}"`;
    res.setHeader('etag', etag);
    if (ifNoneMatch === etag) {
      res.status(304);
      return undefined;
    }
    return { caseId, unitId, version: record.version, stage: record.stage, state: record.state };
  }

  @Get(':caseId/timeline')
  async timeline(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.timeline.read', caseId);
    const events = await this.scopes.timeline(caseId);
    return events.map((e) => ({
      seq: e.seq,
      eventId: e.eventId,
      type: e.type,
      occurredAt: e.occurredAt.toISOString(),
      data: e.data,
    }));
  }

  @Get(':caseId/deadlines')
  async deadlines(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.deadlines.read', caseId);
    return this.temporal.query(caseId, deadlinesQuery);
  }

  @Get(':caseId/clock')
  @ApiOperation({
    summary: "The case's clock: where it meets real time, its scale (QORGAU_TIME_SCALE) and the case's now",
  })
  async caseClock(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.clock.read', caseId);
    // The workflow cannot see the present between its tasks: its clock's now is worked out here, at read time.
    const { origin, scale } = await this.temporal.query(caseId, caseClockQuery);
    const realNow = this.clock.now().getTime();
    return { origin, scale, asOf: caseClock({ origin, scale }, realNow, () => realNow).nowIso() };
  }

  @Get(':caseId/tasks')
  async tasks(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    await this.commands.readableScope(user, caseId);
    await this.read(user, 'case.tasks.read', caseId);
    return this.temporal.query(caseId, tasksQuery);
  }

  /** Case content is confidential personal-file material (art. 42): every read is audited. */
  private read(user: Principal, action: string, caseId: string) {
    return this.audit.record(user, { action, target: `case/${caseId}`, requestId: currentRequestId() });
  }
}
