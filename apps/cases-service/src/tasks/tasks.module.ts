import { Module } from '@nestjs/common';
import { CaseEnvironmentRepository } from '../cases/case-environment.repository';
import { CaseScopeRepository } from '../cases/case-scope.repository';
import { TaskClaimRepository } from './task-claim.repository';
import { TasksController } from './tasks.controller';

@Module({
  controllers: [TasksController],
  providers: [CaseScopeRepository, CaseEnvironmentRepository, TaskClaimRepository],
})
export class TasksModule {}
