import { Module } from '@nestjs/common';
import { CaseCommandsController } from '../commands/case-commands.controller';
import { DirectoryModule } from '../directory/directory.module';
import { UnitDirectoryRepository } from '../authz/unit-directory.repository';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { DirectoryReferences } from './dto/directory-references';
import { CaseCommandService } from './case-command.service';
import { CaseEnvironmentRepository } from './case-environment.repository';
import { CaseScopeRepository } from './case-scope.repository';
import { CommissionRecordRepository } from './commission-record.repository';
import { CasesController } from './cases.controller';
import { InboxController } from './inbox.controller';
import { MyCasesController } from './my-cases.controller';

@Module({
  imports: [DirectoryModule],
  controllers: [CasesController, CaseCommandsController, InboxController, MyCasesController],
  providers: [
    CaseScopeRepository,
    CaseEnvironmentRepository,
    CaseCommandService,
    IdempotencyService,
    UnitDirectoryRepository,
    CommissionRecordRepository,
    DirectoryReferences,
  ],
  exports: [CaseCommandService],
})
export class CasesModule {}
