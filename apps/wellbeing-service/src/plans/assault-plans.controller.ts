import { Body, Controller, Get, Inject, NotFoundException, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { calendarDay, entityId } from '@qorgau/contracts';
import { createZodDto, OperationId, Roles } from '@qorgau/service-kit';
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { TaskRepository } from '../tasks/task.repository';
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

  /** Starts support for an officer assaulted on duty, without any disciplinary case. */
  @Post('assault-on-duty')
  @OperationId('startAssaultPlan')
  start(@Body() body: AssaultPlanDto) {
    return this.service.startAssaultPlan(body);
  }

  @Get(':planId')
  @OperationId('getAssaultPlan')
  async get(@Param('planId') planId: string) {
    const plan = await this.plans.find(planId);
    if (!plan) throw new NotFoundException('No such plan');
    const [schedule, consents, tasks] = await Promise.all([
      this.service.scheduleOf(planId),
      this.plans.consentsOf(planId),
      this.tasks.ofPlan(planId),
    ]);
    return { ...plan, schedule, consents, tasks };
  }
}
