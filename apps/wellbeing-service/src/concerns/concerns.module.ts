import { Module } from '@nestjs/common';
import { ConcernService } from './concern.service';
import { ConcernsController } from './concerns.controller';
import { OutboxRelay } from './outbox.relay';

@Module({
  controllers: [ConcernsController],
  providers: [ConcernService, OutboxRelay],
})
export class ConcernsModule {}
