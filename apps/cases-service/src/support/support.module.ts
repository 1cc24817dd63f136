import { Module } from '@nestjs/common';
import { CheckInConsumer } from './check-in.consumer';
import { CheckInSignaller } from './check-in-signaller';
import { SupportDirectoryController } from './directory.controller';

/**
 * Post-case support orchestration: wellbeing's check-in outcomes and consent withdrawals become support
 * workflow signals; the unit rosters wellbeing checks plan references against.
 */
@Module({
  controllers: [SupportDirectoryController],
  providers: [CheckInSignaller, CheckInConsumer],
})
export class SupportModule {}
