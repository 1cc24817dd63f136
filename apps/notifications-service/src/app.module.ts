import { Module, type DynamicModule } from '@nestjs/common';
import { authOptionsFromEnv, ServiceKitModule } from '@qorgau/service-kit';
import { type NotificationsConfig } from './config';
import { NotificationConsumer } from './consumers/notification-consumer';
import { NotificationRecorder } from './consumers/notification-recorder';
import { EmailOutbox } from './email/email-outbox';
import { InboxController } from './inbox/inbox.controller';
import { InfrastructureModule } from './platform/infrastructure.module';
import { PreferencesController } from './preferences/preferences.controller';

@Module({ controllers: [InboxController] })
export class InboxModule {}

@Module({ controllers: [PreferencesController] })
export class PreferencesModule {}

@Module({ providers: [EmailOutbox], exports: [EmailOutbox] })
export class EmailModule {}

@Module({ imports: [EmailModule], providers: [NotificationRecorder, NotificationConsumer] })
export class ConsumerModule {}

@Module({})
export class AppModule {
  static forRoot(config: NotificationsConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ServiceKitModule.forRoot({
          serviceName: 'notifications-service',
          auth: authOptionsFromEnv(config),
          logLevel: config.LOG_LEVEL,
        }),
        InfrastructureModule.forRoot(config),
        InboxModule,
        PreferencesModule,
        EmailModule,
        ConsumerModule,
      ],
    };
  }
}
