import { Module } from '@nestjs/common';
import { TasksModule } from '../tasks/tasks.module';
import { RestorationService } from './restoration.service';

/** `case.restoration-started` → the HR support follow-up of each cleared officer. */
@Module({
  imports: [TasksModule],
  providers: [RestorationService],
  exports: [RestorationService],
})
export class RestorationsModule {}
