import { Module } from '@nestjs/common';
import { PlansModule } from '../plans/plans.module';
import { RestorationsModule } from '../restorations/restorations.module';
import { TasksModule } from '../tasks/tasks.module';
import { FollowUpConsumer } from './follow-up.consumer';
import { FollowUpHandler } from './follow-up.handler';

/** `support.follow-ups.v1` → check-in tasks; `case.restoration-started` → restoration follow-ups. */
@Module({
  imports: [PlansModule, TasksModule, RestorationsModule],
  providers: [FollowUpHandler, FollowUpConsumer],
})
export class FollowUpsModule {}
