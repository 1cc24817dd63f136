import { Module } from '@nestjs/common';
import { CasesModule } from '../cases/cases.module';
import { CommissionRecordRepository } from '../cases/commission-record.repository';
import { CommissionController } from './commission.controller';

/** The commission's reads for its session screen (its commands stay with the case's other steps). */
@Module({
  imports: [CasesModule],
  controllers: [CommissionController],
  providers: [CommissionRecordRepository],
})
export class CommissionModule {}
