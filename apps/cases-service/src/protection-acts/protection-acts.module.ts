import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { EvidenceModule } from '../evidence/evidence.module';
import { RawBodyMiddleware } from '../evidence/raw-body.middleware';
import { ProtectionActRepository } from './protection-act.repository';
import { ProtectionActsController } from './protection-acts.controller';

@Module({
  imports: [CasesModule, EvidenceModule],
  controllers: [ProtectionActsController],
  providers: [ProtectionActRepository],
})
export class ProtectionActsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RawBodyMiddleware)
      .forRoutes({ path: 'cases/:caseId/protection-acts/files', method: RequestMethod.POST });
  }
}
