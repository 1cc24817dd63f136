import { Controller, Get, Inject } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { OperationId, Roles } from '@qorgau/service-kit';
import { AuditService } from './audit.service';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('audit')
export class AuditController {
  constructor(@Inject(AuditService) private readonly audit: AuditService) {}

  @Get('verify')
  @Roles('auditor', 'admin')
  @ApiOperation({ summary: 'Recomputes the audit hash chain and reports the first broken entry' })
  @OperationId('verifyAuditChain')
  verify() {
    return this.audit.verify();
  }
}
