import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { calendarDay } from '@qorgau/contracts';
import { createZodDto, OperationId, Roles } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { z } from 'zod';
import { STATS_ROLES } from '../auth/roles';
import { SelfCheckInEntity } from '../db/entities';
import { DATA_SOURCE } from '../platform/tokens';
import { MIN_GROUP_SIZE, unitPeriodStats, type CheckInFact } from './k-anonymity';

class StatsQuery extends createZodDto(
  z.object({
    granularity: z.enum(['month', 'quarter']).default('month'),
    from: calendarDay.optional(),
    to: calendarDay.optional(),
  }),
) {}

/** The only data that leaves wellbeing for auditors: per unit and period, groups of fewer than 5 suppressed. */
@ApiTags('stats')
@ApiBearerAuth()
@Roles(...STATS_ROLES)
@Controller('stats')
export class StatsController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('check-ins')
  @OperationId('getCheckInStats')
  async checkIns(@Query() query: StatsQuery) {
    const rows = await this.dataSource
      .getRepository(SelfCheckInEntity)
      .createQueryBuilder('c')
      .select(['c.unitId', 'c.personRef', 'c.submittedOn', 'c.urgent', 'c.byDimension'])
      .where(':from::date IS NULL OR c.submitted_on >= :from::date', { from: query.from ?? null })
      .andWhere(':to::date IS NULL OR c.submitted_on <= :to::date', { to: query.to ?? null })
      .getMany();
    const facts: CheckInFact[] = rows.map((r) => ({
      unitId: r.unitId,
      personRef: r.personRef,
      submittedOn: r.submittedOn,
      urgent: r.urgent,
      byDimension: r.byDimension as CheckInFact['byDimension'],
    }));
    return {
      minimumGroupSize: MIN_GROUP_SIZE,
      granularity: query.granularity,
      groups: unitPeriodStats(facts, query.granularity),
    };
  }
}
