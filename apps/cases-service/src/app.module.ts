import { Module, type DynamicModule } from '@nestjs/common';
import { authOptionsFromEnv, ServiceKitModule } from '@qorgau/service-kit';
import { AuditModule } from './audit/audit.module';
import { CasesModule } from './cases/cases.module';
import { EvidenceModule } from './evidence/evidence.module';
import { OutboxModule } from './outbox/outbox.module';
import { ProtectionActsModule } from './protection-acts/protection-acts.module';
import { InfrastructureModule, type InfrastructureOptions } from './platform/infrastructure.module';
import { SupportModule } from './support/support.module';
import { TasksModule } from './tasks/tasks.module';

@Module({})
export class AppModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName: 'cases-service',
          auth: authOptionsFromEnv(options.config),
          logLevel: options.config.LOG_LEVEL,
        }),
        InfrastructureModule.forRoot(options),
        AuditModule,
        OutboxModule,
        CasesModule,
        EvidenceModule,
        ProtectionActsModule,
        SupportModule,
        TasksModule,
      ],
    };
  }
}
