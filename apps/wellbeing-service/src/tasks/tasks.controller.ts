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
import {
  createZodDto,
  CurrentUser,
  OperationId,
  type Principal,
  ProblemException,
  Roles,
} from '@qorgau/service-kit';
import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { CONTACT_CHANNELS, REFERRAL_KINDS } from '../db/entities';
import { type Clock } from '../platform/clock';
import { CLOCK } from '../platform/tokens';
import { CheckInTaskService } from './check-in-task.service';
import { TaskRepository } from './task.repository';

class TaskQuery extends createZodDto(
  z.object({
    /** `true`: only tasks assigned to the caller. */
    mine: z.enum(['true', 'false']).optional(),
    status: z.enum(['open', 'closed', 'cancelled']).optional(),
    unitId: z.string().min(1).max(200).optional(),
  }),
) {}
class ContactDto extends createZodDto(
  z.object({ channel: z.enum(CONTACT_CHANNELS), note: z.string().max(4000).default('') }),
) {}
class ReferralDto extends createZodDto(
  z.object({ kind: z.enum(REFERRAL_KINDS), note: z.string().max(4000).default('') }),
) {}
class CloseDto extends createZodDto(z.object({ outcome: z.string().min(1).max(4000) })) {}

@ApiTags('tasks')
@ApiBearerAuth()
@Roles(...STAFF_ROLES)
@Controller('tasks')
export class TasksController {
  constructor(
    @Inject(TaskRepository) private readonly tasks: TaskRepository,
    @Inject(CheckInTaskService) private readonly work: CheckInTaskService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  @OperationId('listTasks')
  list(@Query() query: TaskQuery, @CurrentUser() user: Principal) {
    return this.tasks.list({
      ...(query.mine === 'true' ? { assignedTo: user.personRef } : {}),
      ...(query.status ? { status: query.status } : {}),
      ...(query.unitId ? { unitId: query.unitId } : {}),
    });
  }

  @Get(':id')
  @OperationId('getTask')
  async get(@Param('id', ParseUUIDPipe) id: string) {
    const task = await this.existing(id);
    const [contacts, referrals] = await Promise.all([this.tasks.contactsOf(id), this.tasks.referralsOf(id)]);
    return { ...task, contacts, referrals };
  }

  @Post(':id/contacts')
  @OperationId('logTaskContact')
  async logContact(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ContactDto,
    @CurrentUser() user: Principal,
  ) {
    const task = await this.existing(id);
    return this.work.logContact(task, {
      taskId: id,
      staffRef: user.personRef,
      ...body,
      contactedAt: this.clock.now(),
    });
  }

  @Post(':id/referrals')
  @OperationId('referTask')
  async refer(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReferralDto,
    @CurrentUser() user: Principal,
  ) {
    await this.existing(id);
    return this.tasks.refer({
      taskId: id,
      referredBy: user.personRef,
      ...body,
      referredAt: this.clock.now(),
    });
  }

  @Post(':id/close')
  @OperationId('closeTask')
  async close(@Param('id', ParseUUIDPipe) id: string, @Body() body: CloseDto) {
    const task = await this.existing(id);
    if (!(await this.work.close(task, body.outcome, this.clock.now()))) {
      throw new ProblemException({ code: 'CONFLICT', status: 409, detail: 'The task is not open' });
    }
    return this.existing(id);
  }

  private async existing(id: string) {
    const task = await this.tasks.find(id);
    if (!task) throw new NotFoundException('No such task');
    return task;
  }
}
