import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { PlansModule } from '../plans/plans.module';
import { TasksModule } from '../tasks/tasks.module';
import { OfficerController } from './officer.controller';
import { SelfCheckInService } from './self-check-in.service';

@Module({
  imports: [PlansModule, TasksModule, OutboxModule],
  controllers: [OfficerController],
  providers: [SelfCheckInService],
})
export class CheckInsModule {}
