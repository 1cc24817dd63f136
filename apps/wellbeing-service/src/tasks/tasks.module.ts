import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { CheckInTaskService } from './check-in-task.service';
import { TaskRepository } from './task.repository';
import { TasksController } from './tasks.controller';

@Module({
  imports: [OutboxModule],
  controllers: [TasksController],
  providers: [TaskRepository, CheckInTaskService],
  exports: [TaskRepository],
})
export class TasksModule {}
