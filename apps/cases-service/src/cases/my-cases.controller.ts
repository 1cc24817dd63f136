import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { currentRequestId, CurrentUser, OperationId, type Principal } from '@qorgau/service-kit';
import { AuditService } from '../audit/audit.service';
import { CaseScopeRepository } from './case-scope.repository';
import { myCases } from './my-cases';

/** The caller's own cases, for the person's start page ("My cases"). */
@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class MyCasesController {
  constructor(
    @Inject(CaseScopeRepository) private readonly scopes: CaseScopeRepository,
    @Inject(AuditService) private readonly audit: AuditService,
  ) {}

  @Get('cases')
  @ApiOperation({
    summary:
      'The cases the caller is related to (subject, applicant, witness; investigator, head, commission, appeal), open and closed, newest first, each cut to the reader’s view (art. 42)',
  })
  @OperationId('listMyCases')
  async cases(@CurrentUser() user: Principal) {
    const cases = myCases(user, await this.scopes.mine(user));
    await this.audit.record(user, {
      action: 'me.cases.read',
      target: `me/${user.personRef}/cases`,
      requestId: currentRequestId(),
    });
    return { cases };
  }
}
