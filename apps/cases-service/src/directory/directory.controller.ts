import {
  Body,
  Controller,
  Get,
  HttpCode,
  Inject,
  Param,
  Post,
  Put,
  Query,
  UploadedFiles,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileFieldsInterceptor } from '@nestjs/platform-express';
import {
  ApiBearerAuth,
  ApiBody,
  type ApiBodyOptions,
  ApiConsumes,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { identifier } from '@qorgau/contracts';
import {
  createZodDto,
  CurrentUser,
  OperationId,
  ProblemException,
  Roles,
  type Principal,
} from '@qorgau/service-kit';
import { canReadUnit, readableUnits } from '../authz/directory-access';
import { type DirectoryFile } from './directory-model';
import { type Change } from './directory-plan';
import { DirectoryRejectionFilter } from './directory-rejection';
import { type RawRow } from './directory-rows';
import {
  CompositionBodyDto,
  compositionQuery,
  effectiveFromParam,
  importForm,
  OfficerBodyDto,
  officerQuery,
  UnitBodyDto,
} from './directory.dto';
import { DirectoryRepository } from './directory.repository';
import { DirectoryService } from './directory.service';

class OfficerQueryDto extends createZodDto(officerQuery) {}
class CompositionQueryDto extends createZodDto(compositionQuery) {}
class ImportFormDto extends createZodDto(importForm) {}

/** A CSV file is at most this big (2,000 officers take about 150 KB). */
export const MAX_IMPORT_FILE_BYTES = 10 * 1024 * 1024;

const badParam = (field: string, detail: string) =>
  new ProblemException({
    code: 'VALIDATION_FAILED',
    status: 400,
    detail,
    errors: [{ field, rule: 'invalid_format', message: detail }],
  });
const idParam = (field: string, value: string) => {
  if (!identifier.safeParse(value).success) throw badParam(field, `${field} is not an identifier`);
  return value;
};
const notFound = (what: string) =>
  new ProblemException({ code: 'NOT_FOUND', status: 404, detail: `No such ${what}.` });

/** One JSON record as the row the CSV format would have: the same reader and rules check both. */
const row = (cells: Record<string, string>): RawRow[] => [{ line: 0, cells }];

/** How one record fared: added, updated, deactivated, or unchanged. */
const outcome = (changes: readonly Change<unknown>[]) => changes[0]?.kind ?? 'unchanged';

type UploadedCsv = Partial<Record<DirectoryFile, { buffer: Buffer }[]>>;

const IMPORT_BODY: ApiBodyOptions = {
  schema: {
    type: 'object',
    properties: {
      units: {
        type: 'string',
        format: 'binary',
        description: 'units.csv: unit_id,name,parent_unit_id[,active]',
      },
      officers: {
        type: 'string',
        format: 'binary',
        description: 'officers.csv: person_ref,full_name,unit_id,roles[,active] (roles separated by ;)',
      },
      commissions: {
        type: 'string',
        format: 'binary',
        description: 'commissions.csv: unit_id,effective_from,person_ref,commission_role',
      },
      deactivateMissing: { type: 'string', enum: ['true', 'false'] },
    },
  },
};

/**
 * The organisation (issue 12), for administrators: units and their hierarchy, officers and their roles (what
 * their tokens carry), each unit's commission as dated compositions, and the import of a personnel system's
 * CSV export (dry run, then all-or-nothing apply). Every change is in the audit chain. Heads read the unit tree
 * and the commission compositions of their own unit and the units under it; they change nothing.
 */
@ApiTags('directory')
@ApiBearerAuth()
@Roles('admin')
@UseFilters(DirectoryRejectionFilter)
@Controller('directory')
export class DirectoryController {
  constructor(
    @Inject(DirectoryService) private readonly directory: DirectoryService,
    @Inject(DirectoryRepository) private readonly repository: DirectoryRepository,
  ) {}

  @Get('units')
  @Roles('admin', 'head')
  @ApiOperation({
    summary:
      'Every unit with its parent, whether active, and its active officers count; for a head (read-only), their unit and the units under it',
  })
  @OperationId('listDirectoryUnits')
  async units(@CurrentUser() principal: Principal) {
    const units = await this.repository.units();
    const readable = readableUnits(principal, units);
    return { units: units.filter((u) => canReadUnit(readable, u.unitId)) };
  }

  @Put('units/:unitId')
  @ApiOperation({ summary: 'Creates or updates a unit (idempotent); active=false deactivates it' })
  @ApiBody({ type: UnitBodyDto })
  @OperationId('putDirectoryUnit')
  async putUnit(
    @CurrentUser() principal: Principal,
    @Param('unitId') unitId: string,
    @Body() body: UnitBodyDto,
  ) {
    const rows = {
      units: row({
        unit_id: idParam('unitId', unitId),
        name: body.name,
        parent_unit_id: body.parentUnitId ?? '',
        active: String(body.active),
      }),
    };
    const plan = await this.directory.apply(principal, rows, false, 'json');
    return { outcome: outcome(plan.units), unit: await this.repository.unit(unitId) };
  }

  @Get('officers')
  @ApiOperation({ summary: 'Officers, filtered by unit, role, active, or a part of the name or reference' })
  @OperationId('listDirectoryOfficers')
  async officers(@Query() query: OfficerQueryDto) {
    return this.repository.officers({
      unitId: query.unitId,
      role: query.role,
      active: query.active === undefined ? undefined : query.active === 'true',
      q: query.q,
      limit: query.limit,
      offset: query.offset,
    });
  }

  @Get('officers/:personRef')
  @ApiOperation({ summary: 'One officer' })
  @OperationId('getDirectoryOfficer')
  async officer(@Param('personRef') personRef: string) {
    return (
      (await this.repository.officer(idParam('personRef', personRef))) ?? Promise.reject(notFound('officer'))
    );
  }

  @Put('officers/:personRef')
  @ApiOperation({
    summary:
      'Creates or updates an officer (idempotent upsert, for an HR-system sync); active=false deactivates: the person can no longer sign in',
  })
  @ApiBody({ type: OfficerBodyDto })
  @OperationId('putDirectoryOfficer')
  async putOfficer(
    @CurrentUser() principal: Principal,
    @Param('personRef') personRef: string,
    @Body() body: OfficerBodyDto,
  ) {
    const rows = {
      officers: row({
        person_ref: idParam('personRef', personRef),
        full_name: body.fullName,
        unit_id: body.unitId,
        roles: body.roles.join(';'),
        active: String(body.active),
      }),
    };
    const plan = await this.directory.apply(principal, rows, false, 'json');
    return { outcome: outcome(plan.officers), officer: await this.repository.officer(personRef) };
  }

  @Get('units/:unitId/commission')
  @Roles('admin', 'head')
  @ApiOperation({
    summary:
      "A unit's commission compositions, the latest first; with ?on= also the one in force that day. A head reads those of their unit and the units under it (403 for any other)",
  })
  @OperationId('getDirectoryCommission')
  async commission(
    @CurrentUser() principal: Principal,
    @Param('unitId') unitId: string,
    @Query() query: CompositionQueryDto,
  ) {
    idParam('unitId', unitId);
    if (!canReadUnit(readableUnits(principal, await this.repository.units()), unitId))
      throw new ProblemException({
        code: 'FORBIDDEN',
        status: 403,
        detail: 'A head reads the commissions of their own unit and of the units under it only.',
      });
    if (!(await this.repository.unit(unitId))) throw notFound('unit');
    const compositions = await this.repository.compositions(unitId);
    const inForce =
      query.on === undefined ? undefined : ((await this.repository.compositionOn(unitId, query.on)) ?? null);
    return { unitId, compositions, ...(inForce !== undefined ? { inForce } : {}) };
  }

  @Put('units/:unitId/commission/:effectiveFrom')
  @ApiOperation({
    summary:
      "Sets the unit's commission from a day on (art. 58-1: at least five members, one chair, one secretary); sessions on or after that day sit with it",
  })
  @ApiBody({ type: CompositionBodyDto })
  @OperationId('putDirectoryCommission')
  async putCommission(
    @CurrentUser() principal: Principal,
    @Param('unitId') unitId: string,
    @Param('effectiveFrom') effectiveFrom: string,
    @Body() body: CompositionBodyDto,
  ) {
    if (!effectiveFromParam.safeParse(effectiveFrom).success)
      throw badParam('effectiveFrom', 'effectiveFrom must be a day YYYY-MM-DD from 2000-01-01 to 2099-12-31');
    const rows = {
      commissions: body.members.map((m) => ({
        line: 0,
        cells: {
          unit_id: idParam('unitId', unitId),
          effective_from: effectiveFrom,
          person_ref: m.personRef,
          commission_role: m.role,
        },
      })),
    };
    const plan = await this.directory.apply(principal, rows, false, 'json');
    return {
      outcome: outcome(plan.compositions),
      composition: await this.repository.compositionOn(unitId, effectiveFrom),
    };
  }

  @Post('imports/dry-run')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_BODY)
  @ApiOperation({
    summary:
      'What importing these CSV files would change (added/updated/deactivated, row by row); nothing is written',
  })
  @OperationId('dryRunDirectoryImport')
  @UseInterceptors(importFiles())
  async dryRun(@UploadedFiles() files: UploadedCsv | undefined, @Body() form: ImportFormDto) {
    const rows = this.directory.rowsFromCsv(texts(files));
    return this.directory.preview(rows, form.deactivateMissing === 'true', 'csv');
  }

  @Post('imports')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody(IMPORT_BODY)
  @ApiOperation({
    summary:
      'Imports the CSV files in one transaction: every row valid and applied, or a 422 naming each line and column and nothing applied. Applying the same files again changes nothing.',
  })
  @OperationId('applyDirectoryImport')
  @UseInterceptors(importFiles())
  async apply(
    @CurrentUser() principal: Principal,
    @UploadedFiles() files: UploadedCsv | undefined,
    @Body() form: ImportFormDto,
  ) {
    const rows = this.directory.rowsFromCsv(texts(files));
    return this.directory.apply(principal, rows, form.deactivateMissing === 'true', 'csv');
  }
}

function importFiles() {
  return FileFieldsInterceptor(
    [
      { name: 'units', maxCount: 1 },
      { name: 'officers', maxCount: 1 },
      { name: 'commissions', maxCount: 1 },
    ],
    { limits: { fileSize: MAX_IMPORT_FILE_BYTES, files: 3, fields: 5 } },
  );
}

function texts(files: UploadedCsv | undefined): Partial<Record<DirectoryFile, string>> {
  const out: Partial<Record<DirectoryFile, string>> = {};
  for (const file of ['units', 'officers', 'commissions'] as const) {
    const upload = files?.[file]?.[0];
    if (upload) out[file] = upload.buffer.toString('utf8');
  }
  return out;
}
