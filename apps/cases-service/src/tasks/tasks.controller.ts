import { Body, Controller, Get, HttpCode, Inject, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  decisionEnvironmentOf,
  kazakhstanDateOf,
  type DecisionEnvironment,
  type PinnedEnvironment,
} from '@qorgau/domain';
import { environmentQuery } from '@qorgau/workflows';
import {
  createZodDto,
  currentRequestId,
  CurrentUser,
  OperationId,
  ProblemException,
  type Principal,
  Roles,
} from '@qorgau/service-kit';
import { AuditService } from '../audit/audit.service';
import { CaseEnvironmentRepository } from '../cases/case-environment.repository';
import { CaseScopeRepository } from '../cases/case-scope.repository';
import { knownEnvironment } from '../cases/deadline-countdown';
import { INBOX_ROLES, type InboxCase } from '../cases/inbox';
import { type CasesConfig } from '../config';
import { type Clock } from '../platform/clock';
import { TemporalClientProvider } from '../platform/temporal-client.provider';
import { CLOCK, CONFIG } from '../platform/tokens';
import { TaskClaimRepository } from './task-claim.repository';
import { claimIndex, taskList, type TaskRow } from './task-list';
import { ClaimTaskDto, taskListQuery } from './tasks.dto';

// Declared here: the validation pipe reads the query's class from this file's decorator metadata.
class TaskListQuery extends createZodDto(taskListQuery) {}

/**
 * The task list across cases (issue 12): the caller's open tasks with when each is due in working days and why,
 * mine and my group's, and claims of group tasks. Read from the projection; no workflow queries.
 */
@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class TasksController {
  constructor(
    @Inject(CaseScopeRepository) private readonly scopes: CaseScopeRepository,
    @Inject(CaseEnvironmentRepository) private readonly environments: CaseEnvironmentRepository,
    @Inject(TaskClaimRepository) private readonly claims: TaskClaimRepository,
    @Inject(TemporalClientProvider) private readonly temporal: TemporalClientProvider,
    @Inject(AuditService) private readonly audit: AuditService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(CONFIG) private readonly config: CasesConfig,
  ) {}

  @Get()
  @Roles(...INBOX_ROLES)
  @ApiOperation({
    summary:
      "The caller's open tasks across cases, by due day: each with its case, the clock that bounds it (due day, working days left on the case's today counted on the calendar the case is pinned to, citation), mine or my group's, its claim; the conclusion's task names what blocks it (art. 58 p.7)",
  })
  @OperationId('listTasks')
  async list(@CurrentUser() user: Principal, @Query() query: TaskListQuery): Promise<{ tasks: TaskRow[] }> {
    const tasks = await this.rows(user, query.caseId);
    await this.audit.record(user, {
      action: 'tasks.read',
      target: query.caseId ? `case/${query.caseId}/tasks` : `tasks/${user.personRef}`,
      requestId: currentRequestId(),
    });
    return { tasks };
  }

  @Post('claims')
  @HttpCode(200)
  @Roles(...INBOX_ROLES)
  @ApiBody({ type: ClaimTaskDto })
  @ApiOperation({
    summary:
      "Claims a group task (one that names nobody) for the caller; 409 TASK_CLAIMED when someone else holds it; claiming one's own claim again is a no-op",
  })
  @OperationId('claimTask')
  async claim(@CurrentUser() user: Principal, @Body() body: ClaimTaskDto) {
    const task = (await this.rows(user, body.caseId)).find((t) => t.taskId === body.taskId);
    if (!task)
      throw new ProblemException({
        code: 'TASK_NOT_FOUND',
        status: 404,
        detail: 'There is no such open task of yours in this case.',
        errors: [
          { field: 'taskId', rule: 'unknown', message: 'not an open task of the caller in this case' },
        ],
      });
    if (task.assigneeRef !== null)
      throw new ProblemException({
        code: 'TASK_NOT_CLAIMABLE',
        status: 409,
        detail: 'This task already names the person who does it; only group tasks are claimed.',
      });
    const claim = await this.claims.claim(body.caseId, body.taskId, user.personRef, this.clock.now());
    if (claim.claimedBy !== user.personRef)
      throw new ProblemException({
        code: 'TASK_CLAIMED',
        status: 409,
        detail: `${claim.claimedBy} has already claimed this task.`,
      });
    await this.audit.record(user, {
      action: 'task.claimed',
      target: `case/${body.caseId}/tasks/${body.taskId}`,
      requestId: currentRequestId(),
    });
    return claim;
  }

  @Post('claims/release')
  @HttpCode(200)
  @Roles(...INBOX_ROLES)
  @ApiBody({ type: ClaimTaskDto })
  @ApiOperation({ summary: "Releases the caller's own claim of a task; 404 when the caller holds none" })
  @OperationId('releaseTask')
  async release(@CurrentUser() user: Principal, @Body() body: ClaimTaskDto) {
    if (!(await this.claims.release(body.caseId, body.taskId, user.personRef)))
      throw new ProblemException({
        code: 'TASK_NOT_FOUND',
        status: 404,
        detail: 'You hold no claim of this task.',
        errors: [{ field: 'taskId', rule: 'unknown', message: 'no claim of the caller' }],
      });
    await this.audit.record(user, {
      action: 'task.released',
      target: `case/${body.caseId}/tasks/${body.taskId}`,
      requestId: currentRequestId(),
    });
    return { released: true };
  }

  private async rows(user: Principal, caseId?: string): Promise<TaskRow[]> {
    const cases = (await this.scopes.related(user)).filter((c) => !caseId || c.caseId === caseId);
    const claims = claimIndex(await this.claims.forCases(cases.map((c) => c.caseId)));
    // Each case's own day: a case started on a compressed clock (QORGAU_TIME_SCALE) is ahead of the calendar.
    const now = this.clock.now().getTime();
    const scale = this.config.QORGAU_TIME_SCALE;
    const todayOf = (c: InboxCase) => {
      const origin = c.registeredAt.getTime();
      return kazakhstanDateOf(new Date(origin + (now - origin) * scale).toISOString());
    };
    const environments = await this.environmentsOf(cases);
    return taskList(user, cases, claims, todayOf, (c) => environments.get(c.caseId));
  }

  /** Each case's own decision environment (its policy and working-day calendar), as pinned when it started. */
  private async environmentsOf(cases: readonly InboxCase[]): Promise<Map<string, DecisionEnvironment>> {
    const pinned = await this.environments.of(cases.map((c) => c.caseId));
    const out = new Map<string, DecisionEnvironment>();
    await Promise.all(
      cases.map(async ({ caseId }) => {
        const environment = pinned.get(caseId) ?? (await this.learnEnvironment(caseId));
        if (environment) out.set(caseId, decisionEnvironmentOf(environment));
      }),
    );
    return out;
  }

  /**
   * A case registered before environments were recorded: its workflow names the one it runs on, recorded once
   * known. When the service does not hold that environment's data (or the workflow cannot answer), undefined.
   */
  private async learnEnvironment(caseId: string): Promise<PinnedEnvironment | undefined> {
    try {
      const view = await this.temporal.query(caseId, environmentQuery);
      const environment = knownEnvironment(view.version, this.temporal.environment);
      if (environment) await this.environments.pin(caseId, environment);
      return environment;
    } catch {
      return undefined;
    }
  }
}
