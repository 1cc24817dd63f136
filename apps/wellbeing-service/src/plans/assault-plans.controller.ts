import { Body, Controller, Get, Headers, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { calendarDay, entityId } from '@qorgau/contracts';
import { createZodDto, OperationId, CurrentUser, Roles, type Principal } from '@qorgau/service-kit';
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { TaskRepository } from '../tasks/task.repository';
import { maySeeTask } from '../tasks/visibility';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

class AssaultPlanDto extends createZodDto(
  z.object({
    personRef: entityId,
    /** The incident register's reference (Criminal Code art. 380-1), not a disciplinary case. */
    incidentRef: entityId,
    unitId: entityId,
    reportedOn: calendarDay,
    /** `given` when the officer agreed during the first conversation. */
    consent: z.enum(['pending', 'given']).default('pending'),
  }),
) {}

@ApiTags('plans')
@ApiBearerAuth()
@Roles(...STAFF_ROLES)
@Controller('plans')
export class AssaultPlansController {
  constructor(
    @Inject(PlanService) private readonly service: PlanService,
    @Inject(PlanRepository) private readonly plans: PlanRepository,
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
  ) {}

  /**
   * Starts support for an officer assaulted on duty, without any disciplinary case. The officer must be in
   * the directory, in that unit (422 naming `personRef` or `unitId` otherwise).
   */
  @Post('assault-on-duty')
  @OperationId('startAssaultPlan')
  start(@Body() body: AssaultPlanDto, @Headers('authorization') authorization: string) {
    return this.service.startAssaultPlan(body, authorization);
  }

  /** A plan with its schedule, consents and the tasks the caller may see (an HR inspector: see tasks/visibility). */
  @Get(':planId')
  @OperationId('getAssaultPlan')
  async get(@Param('planId') planId: string, @CurrentUser() user: Principal) {
    const plan = await this.plans.find(planId);
    if (!plan) throw new NotFoundException('No such plan');
    const [schedule, consents, tasks] = await Promise.all([
      this.service.scheduleOf(planId),
      this.plans.consentsOf(planId),
      this.tasks.ofPlan(planId),
    ]);
    return { ...plan, schedule, consents, tasks: tasks.filter((task) => maySeeTask(user, task, plan)) };
  }
}
