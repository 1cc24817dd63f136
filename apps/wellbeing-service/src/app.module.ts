import { Module, type DynamicModule } from '@nestjs/common';
import { authOptionsFromEnv, ServiceKitModule } from '@qorgau/service-kit';
import { CheckInsModule } from './check-ins/check-ins.module';
import { ConcernsModule } from './concerns/concerns.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { InfrastructureModule, type InfrastructureOptions } from './platform/infrastructure.module';
import { PlansModule } from './plans/plans.module';
import { StatsModule } from './stats/stats.module';
import { TasksModule } from './tasks/tasks.module';

@Module({})
export class AppModule {
  static forRoot(options: InfrastructureOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName: 'wellbeing-service',
          auth: authOptionsFromEnv(options.config),
          logLevel: options.config.LOG_LEVEL,
        }),
        InfrastructureModule.forRoot(options),
        FollowUpsModule,
        TasksModule,
        PlansModule,
        CheckInsModule,
        ConcernsModule,
        StatsModule,
      ],
    };
  }
}
