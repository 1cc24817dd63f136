import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { PlanRepository } from '../plans/plan.repository';
import { CheckInTaskService } from './check-in-task.service';
import { TaskRepository } from './task.repository';
import { TasksController } from './tasks.controller';

@Module({
  imports: [OutboxModule],
  controllers: [TasksController],
  // PlanRepository is stateless; provided here too (PlansModule imports this module) for task visibility.
  providers: [TaskRepository, CheckInTaskService, PlanRepository],
  exports: [TaskRepository],
})
export class TasksModule {}
