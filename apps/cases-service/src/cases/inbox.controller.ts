import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { kazakhstanDateOf } from '@qorgau/domain';
import { currentRequestId, CurrentUser, OperationId, type Principal, Roles } from '@qorgau/service-kit';
import { AuditService } from '../audit/audit.service';
import { type Clock } from '../platform/clock';
import { type CasesConfig } from '../config';
import { CLOCK, CONFIG } from '../platform/tokens';
import { CaseScopeRepository } from './case-scope.repository';
import { AGENDA_ROLES, commissionAgenda, INBOX_ROLES, inboxTasks } from './inbox';

/** The caller's work across cases, computed from the projection with packages/workflows' pure task rules. */
@ApiTags('inbox')
@ApiBearerAuth()
@Controller('inbox')
export class InboxController {
  constructor(
    @Inject(CaseScopeRepository) private readonly scopes: CaseScopeRepository,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: CasesConfig,
  ) {}

  @Get('tasks')
  @Roles(...INBOX_ROLES)
  @ApiOperation({ summary: "The caller's open tasks across every case they are related to" })
  @OperationId('listMyTasks')
  async tasks(@CurrentUser() user: Principal) {
    const cases = await this.scopes.related(user);
    // Each case's own day: a case started on a compressed clock (QORGAU_TIME_SCALE) is ahead of the calendar.
    const now = this.clock.now().getTime();
    const scale = this.config.QORGAU_TIME_SCALE;
    const tasks = inboxTasks(user, cases, (c) => {
      const origin = c.registeredAt.getTime();
      return kazakhstanDateOf(new Date(origin + (now - origin) * scale).toISOString());
    });
    await this.read(user, 'inbox.tasks.read');
    return { tasks };
  }

  @Get('agenda')
  @Roles(...AGENDA_ROLES)
  @ApiOperation({
    summary: 'The commission sessions scheduled with the caller on the commission, soonest first',
  })
  @OperationId('listMyAgenda')
  async agenda(@CurrentUser() user: Principal) {
    const sessions = commissionAgenda(user, await this.scopes.related(user));
    await this.read(user, 'inbox.agenda.read');
    return { sessions };
  }

  /** The inbox names cases and people: audited like every read of case content. */
  private read(user: Principal, action: string) {
    return this.audit.record(user, {
      action,
      target: `inbox/${user.personRef}`,
      requestId: currentRequestId(),
    });
  }
}
