import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { entityId } from '@qorgau/contracts';
import { OperationId, ProblemException, Roles } from '@qorgau/service-kit';
import { type DataSource } from 'typeorm';
import { DATA_SOURCE } from '../platform/tokens';

/**
 * The directory as wellbeing needs it to open a support plan without a case (assault on duty): whether a
 * unit exists and who its officers are. Wellbeing never reads the cases database (the wall); it asks for a
 * whole unit's roster and checks the person itself, so this side learns at most that the unit's support
 * staff looked at their own unit, never which officer a plan is for. Nothing about cases is returned.
 */
@ApiTags('support')
@ApiBearerAuth()
@Roles('wellbeing-staff', 'hr-inspector')
@Controller('support/directory')
export class SupportDirectoryController {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  @Get('units/:unitId')
  @ApiOperation({
    summary: "A unit's officers (person references only), 404 for a unit not in the directory",
  })
  @OperationId('getUnitRoster')
  async unit(@Param('unitId') unitId: string) {
    if (!entityId.safeParse(unitId).success)
      throw new ProblemException({ code: 'UNIT_NOT_FOUND', status: 404, detail: 'No such unit' });
    const units = (await this.dataSource.query(`SELECT id FROM cases.org_unit WHERE id = $1`, [
      unitId,
    ])) as unknown[];
    if (units.length === 0)
      throw new ProblemException({ code: 'UNIT_NOT_FOUND', status: 404, detail: 'No such unit' });
    const officers = (await this.dataSource.query(
      `SELECT person_ref FROM cases.officer WHERE unit_id = $1 ORDER BY person_ref`,
      [unitId],
    )) as { person_ref: string }[];
    return { unitId, personRefs: officers.map((o) => o.person_ref) };
  }
}
