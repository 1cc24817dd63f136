import { Module } from '@nestjs/common';
import { CaseScopeRepository } from '../cases/case-scope.repository';
import { TaskClaimRepository } from './task-claim.repository';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController],
  providers: [CaseScopeRepository, TaskClaimRepository],
})
export class TasksModule {}
