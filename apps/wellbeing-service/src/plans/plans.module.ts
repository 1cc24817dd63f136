import { Module } from '@nestjs/common';
import { DirectoryClient } from '../directory/directory.client';
import { OutboxModule } from '../outbox/outbox.module';
import { TasksModule } from '../tasks/tasks.module';
import { AssaultPlansController } from './assault-plans.controller';
import { DueCheckInScheduler } from './due-check-in.scheduler';
import { PlanRepository } from './plan.repository';
import { PlanService } from './plan.service';

@Module({
  imports: [TasksModule, OutboxModule],
  controllers: [AssaultPlansController],
  providers: [PlanRepository, PlanService, DueCheckInScheduler, DirectoryClient],
  exports: [PlanRepository, PlanService],
})
export class PlansModule {}
