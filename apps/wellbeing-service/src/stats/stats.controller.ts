import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { createZodDto, OperationId, ProblemException, Roles } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { z } from 'zod';
import { STATS_ROLES } from '../auth/roles';
import { SelfCheckInEntity } from '../db/entities';
import { todayInKazakhstan, type Clock } from '../platform/clock';
import { CLOCK, DATA_SOURCE } from '../platform/tokens';
import { MIN_GROUP_SIZE, unitPeriodStats, type CheckInFact } from './k-anonymity';
import { lastDayOfQuarter, publishedQuarters } from './publication-grid';

const OFF_GRID = 'statistics are published per unit and closed calendar quarter only (year, quarter)';

/**
 * The grid is the whole contract: a year and optionally a quarter. Finer granularities and free windows
 * are refused by name (they let a quarter minus its published months reveal a suppressed month), and so is
 * any other parameter.
 */
class StatsQuery extends createZodDto(
  z
    .object({
      year: z.coerce.number().int().min(2000).max(2100).optional(),
      quarter: z.coerce.number().int().min(1).max(4).optional(),
      granularity: z.literal('quarter', { error: OFF_GRID }).optional(),
      from: z.never({ error: OFF_GRID }).optional(),
      to: z.never({ error: OFF_GRID }).optional(),
    })
    .strict(),
) {}

/**
 * The only data that leaves wellbeing for auditors: per unit and closed calendar quarter, cells of fewer
 * than 5 people suppressed (see publication-grid.ts and k-anonymity.ts for why no two answers can be
 * differenced into a suppressed cell).
 */
@ApiTags('stats')
@ApiBearerAuth()
@Roles(...STATS_ROLES)
@Controller('stats')
export class StatsController {
  constructor(
    @Inject(DATA_SOURCE) private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('check-ins')
  @OperationId('getCheckInStats')
  async checkIns(@Query() query: StatsQuery) {
    const today = todayInKazakhstan(this.clock);
    const year = query.year ?? Number(today.slice(0, 4));
    const grid = publishedQuarters({ year, quarter: query.quarter }, today);
    if (!grid.ok)
      throw new ProblemException({
        code: 'VALIDATION_FAILED',
        status: 400,
        detail: grid.detail,
        errors: [{ field: grid.field, rule: 'closed_quarter', message: grid.detail }],
      });
    const rows = await this.dataSource
      .getRepository(SelfCheckInEntity)
      .createQueryBuilder('c')
      .select(['c.unitId', 'c.personRef', 'c.submittedOn', 'c.urgent', 'c.byDimension'])
      .where('c.submitted_on >= :from::date AND c.submitted_on <= :to::date', {
        from: `${year}-01-01`,
        to: lastDayOfQuarter(year, 4),
      })
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
      granularity: 'quarter',
      quarters: [...grid.quarters],
      groups: unitPeriodStats(facts, grid.quarters),
    };
  }
}
