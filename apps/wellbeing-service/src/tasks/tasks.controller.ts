import {
  Body,
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CHECK_IN_OUTCOMES } from '@qorgau/contracts';
import {
  createZodDto,
  OperationId,
  CurrentUser,
  ProblemException,
  Roles,
  type Principal,
} from '@qorgau/service-kit';
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { CONTACT_CHANNELS, REFERRAL_KINDS } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { CheckInTaskService } from './check-in-task.service';
import { TaskRepository } from './task.repository';
import { HR_TASK_KINDS, maySeeTask, seesAllTasks } from './visibility';
import { PlanRepository } from '../plans/plan.repository';

class TaskQuery extends createZodDto(
  z.object({
    /** `true`: only tasks assigned to the caller. */
    mine: z.enum(['true', 'false']).optional(),
    status: z.enum(['open', 'closed', 'cancelled']).optional(),
    unitId: z.string().min(1).max(200).optional(),
  }),
) {}
/** What a check-in came to, for the support workflow (the class only; the note stays here). */
const checkInOutcome = z.enum(CHECK_IN_OUTCOMES).default('completed');
class ContactDto extends createZodDto(
  z.object({
    channel: z.enum(CONTACT_CHANNELS),
    note: z.string().max(4000).default(''),
    checkInOutcome,
  }),
) {}
class ReferralDto extends createZodDto(
  z.object({ kind: z.enum(REFERRAL_KINDS), note: z.string().max(4000).default('') }),
) {}
class CloseDto extends createZodDto(z.object({ outcome: z.string().min(1).max(4000), checkInOutcome })) {}

@ApiTags('tasks')
@ApiBearerAuth()
@Roles(...STAFF_ROLES)
@Controller('tasks')
export class TasksController {
  constructor(
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CheckInTaskService) private readonly work: CheckInTaskService,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
  ) {}

  /** Wellbeing staff see every task; an HR inspector HR follow-ups and check-ins shared with HR. */
  @Get()
  @OperationId('listTasks')
  list(@Query() query: TaskQuery, @CurrentUser() user: Principal) {
    return this.tasks.list(
      {
        ...(query.mine === 'true' ? { assignedTo: user.personRef } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.unitId ? { unitId: query.unitId } : {}),
      },
      !seesAllTasks(user),
    );
  }

  /**
   * One task with its contacts and referrals; a check-in task also with the officer's self check-ins on the
   * plan (answers, score, concern text). 404 for a task the caller may not see.
   */
  @Get(':id')
  @OperationId('getTask')
  async get(@Param('id', ParseUUIDPipe) id: string, @CurrentUser() user: Principal) {
    const task = await this.existing(id, user);
    const [contacts, referrals, checkIns] = await Promise.all([
      this.tasks.contactsOf(id),
      this.tasks.referralsOf(id),
      HR_TASK_KINDS.includes(task.kind) ? Promise.resolve([]) : this.tasks.checkInsOfPlan(task.planId),
    ]);
    return { ...task, contacts, referrals, checkIns };
  }

  @Post(':id/contacts')
  @OperationId('logTaskContact')
  async logContact(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ContactDto,
    @CurrentUser() user: Principal,
  ) {
    const task = await this.existing(id, user);
    const { checkInOutcome: outcome, ...contact } = body;
    return this.work.logContact(
      task,
      { taskId: id, staffRef: user.personRef, ...contact, contactedAt: this.clock.now() },
      outcome,
    );
  }

  @Post(':id/referrals')
  @OperationId('referTask')
  async refer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReferralDto,
    @CurrentUser() user: Principal,
  ) {
    await this.existing(id, user);
    return this.tasks.refer({
      taskId: id,
      referredBy: user.personRef,
      ...body,
      referredAt: this.clock.now(),
    });
  }

  @Post(':id/close')
  @OperationId('closeTask')
  async close(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CloseDto,
    @CurrentUser() user: Principal,
  ) {
    const task = await this.existing(id, user);
    if (!(await this.work.close(task, body.outcome, this.clock.now(), body.checkInOutcome))) {
      throw new ProblemException({ code: 'CONFLICT', status: 409, detail: 'The task is not open' });
    }
    return this.existing(id, user);
  }

  private async existing(id: string, user: Principal) {
    const task = await this.tasks.find(id);
    if (!task || !maySeeTask(user, task, await this.plans.find(task.planId)))
      throw new NotFoundException('No such task');
    return task;
  }
}
