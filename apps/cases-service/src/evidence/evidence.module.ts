import { Module, RequestMethod, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { type CasesConfig } from '../config';
import { CONFIG } from '../platform/tokens';
import { EvidenceController } from './evidence.controller';
import { EvidenceRepository } from './evidence.repository';
import { EVIDENCE_STORAGE } from './evidence-storage';
import { evidenceStorageFromConfig } from './evidence-storage-from-config';
import { RawBodyMiddleware } from './raw-body.middleware';

@Module({
  imports: [CasesModule],
  controllers: [EvidenceController],
  providers: [
    EvidenceRepository,
    {
      provide: EVIDENCE_STORAGE,
      inject: [CONFIG],
      useFactory: (config: CasesConfig) => evidenceStorageFromConfig(config),
    },
  ],
  exports: [EVIDENCE_STORAGE],
})
export class EvidenceModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer
      .apply(RawBodyMiddleware)
      .forRoutes({ path: 'cases/:caseId/evidence/:evidenceId/content', method: RequestMethod.PUT });
  }
}
