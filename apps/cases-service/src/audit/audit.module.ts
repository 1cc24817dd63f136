import { Global, Module } from '@nestjs/common';
import { AuditLogRepository } from './audit-log.repository';
import { AuditController } from './audit.controller';
import { AuditService } from './audit.service';

/** Global: every feature module records changes and confidential reads here. */
@Global()
@Module({
  controllers: [AuditController],
  providers: [AuditLogRepository, AuditService],
  exports: [AuditService],
})
export class AuditModule {}
