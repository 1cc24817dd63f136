import { Controller, Get, Inject, Param, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  currentRequestId,
  CurrentUser,
  OperationId,
  ProblemException,
  type Principal,
} from '@qorgau/service-kit';
import { environmentQuery } from '@qorgau/workflows';
import { AuditService } from '../audit/audit.service';
import { relationsOf } from '../authz/case-access';
import { CaseCommandService } from '../cases/case-command.service';
import { CommissionRecordRepository } from '../cases/commission-record.repository';
import { calendarOfCase } from '../cases/deadline-countdown';
import { DomainRejectionFilter } from '../cases/domain-rejection.filter';
import { TemporalClientProvider } from '../platform/temporal-client.provider';
import { sessionSheet } from './session-sheet';

/** The commission's session screen: what the members decide with, every rule computed here, none in the browser. */
@ApiTags('commission')
@ApiBearerAuth()
@UseFilters(DomainRejectionFilter)
@Controller('cases')
export class CommissionController {
  constructor(
    @Inject(CaseCommandService) private readonly commands: CaseCommandService,
    @Inject(CommissionRecordRepository) private readonly records: CommissionRecordRepository,
    @Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get(':caseId/commission')
  @ApiOperation({
    summary:
      "The commission session's sheet (art. 58-1): members with their recusals (art. 58 p.2), the quorum the composition needs, the notice check, and per subject the anonymized penalties of comparable cases (counts only, suppressed below the policy's minimum cohort). For the commission on whose agenda the case is, the unit's head and the auditor; 404 before a session is scheduled",
  })
  @OperationId('getCommissionSession')
  async sheet(@CurrentUser() user: Principal, @Param('caseId') caseId: string) {
    const { record, scope } = await this.commands.readableScope(user, caseId);
    const relations = relationsOf(user, scope);
    if (
      !user.roles.includes('auditor') &&
      !relations.has('commission-on-agenda') &&
      !relations.has('unit-head')
    ) {
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: "Only the case's commission, the unit's head and the auditor read the session sheet.",
      });
    }
    const state = record.state;
    if (!state.commission) {
      throw new ProblemException({
        code: 'NOT_FOUND',
        status: 404,
        detail: `No commission session is scheduled in case ${caseId}.`,
      });
    }
    await this.audit.record(user, {
      action: 'case.commission.read',
      target: `case/${caseId}`,
      requestId: currentRequestId(),
    });
    const subjects = [...new Set(state.violations.flatMap((v) => v.subjectRefs))];
    const [environment, past] = await Promise.all([
      this.temporal.query(caseId, environmentQuery),
      this.records.recordFor(
        caseId,
        state.violations.map((v) => v.misconductType),
        subjects,
      ),
    ]);
    return sessionSheet({
      caseId,
      version: record.version,
      state,
      calendar: calendarOfCase(environment, this.temporal.environment),
      noticeWorkingDays: environment.policy.commissionNoticeWorkingDays,
      minimumCohort: environment.policy.consistencyMinimumCohort,
      record: past,
    });
  }
}
