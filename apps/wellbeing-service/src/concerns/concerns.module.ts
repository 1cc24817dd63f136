import { Module } from '@nestjs/common';
import { OutboxModule } from '../outbox/outbox.module';
import { ConcernService } from './concern.service';
import { ConcernsController } from './concerns.controller';

@Module({
  imports: [OutboxModule],
  controllers: [ConcernsController],
  providers: [ConcernService],
})
export class ConcernsModule {}
