import { Module } from '@nestjs/common';
import { CheckInConsumer } from './check-in.consumer';
import { CheckInSignaller } from './check-in-signaller';

/** Post-case support orchestration: wellbeing's check-in outcomes and consent withdrawals become support workflow signals. */
@Module({
  providers: [CheckInSignaller, CheckInConsumer],
})
export class SupportModule {}
