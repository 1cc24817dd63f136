import { type Role } from '@qorgau/service-kit';
import request from 'supertest';
import { migratedDatabase, startCases, tokenFor, type CasesApp } from './support/harness';

/** 40 units under one department and 2,000 officers spread over them, as a personnel system exports them. */
function personnelExport(units = 40, officers = 2000) {
  const unitRows = ['unit_id,name,parent_unit_id', 'hr-dept,"Regional department, HR export",'];
  for (let u = 1; u <= units; u += 1) unitRows.push(`hr-unit-${u},"District unit ${u}",hr-dept`);
  const officerRows = ['person_ref,full_name,unit_id,roles,active'];
  for (let i = 1; i <= officers; i += 1) {
    const roles = i % 50 === 0 ? 'officer;investigator' : 'officer';
    officerRows.push(`pers-${i},"Officer ${i}, sergeant",hr-unit-${((i - 1) % units) + 1},${roles},true`);
  }
  return { units: `${unitRows.join('\n')}\n`, officers: `${officerRows.join('\r\n')}\r\n` };
}

describe('the directory (issue 12)', () => {
  let cases: CasesApp;

  beforeAll(async () => {
    const { url, dataSource } = await migratedDatabase('cases_directory');
    await dataSource.destroy();
    cases = await startCases(url, { OUTBOX_RELAY_ENABLED: 'false' });
  });
  afterAll(() => cases?.close());

  const as = async (roles: Role[] = ['admin'], locale = 'en', unitId = 'dept-almaty') => {
    const auth = `Bearer ${await tokenFor('admin-1', roles, unitId)}`;
    const http = () => request(cases.app.getHttpServer());
    return {
      get: (path: string) => http().get(path).set('authorization', auth).set('accept-language', locale),
      put: (path: string, body: object) =>
        http().put(path).set('authorization', auth).set('accept-language', locale).send(body),
      upload: (path: string, files: Record<string, string>, fields: Record<string, string> = {}) => {
        let req = http().post(path).set('authorization', auth).set('accept-language', locale);
        for (const [name, text] of Object.entries(files))
          req = req.attach(name, Buffer.from(text, 'utf8'), {
            filename: `${name}.csv`,
            contentType: 'text/csv',
          });
        for (const [name, value] of Object.entries(fields)) req = req.field(name, value);
        return req;
      },
    };
  };
  const count = async (table: string) =>
    ((await cases.dataSource.query(`SELECT count(*)::int AS n FROM cases.${table}`)) as { n: number }[])[0]!
      .n;

  it('is for administrators only (heads read part of it, below)', async () => {
    for (const role of ['head', 'officer', 'auditor', 'hr-inspector'] as Role[]) {
      const them = await as([role]);
      if (role !== 'head') expect((await them.get('/directory/units')).status).toBe(403);
      expect((await them.put('/directory/officers/x-1', {})).status).toBe(403);
    }
    const admin = await as();
    const units = await admin.get('/directory/units').expect(200);
    expect(units.body.units).toEqual(
      expect.arrayContaining([
        {
          unitId: 'unit-almaty-3',
          name: 'Almaty, 3rd district police unit',
          parentUnitId: 'dept-almaty',
          active: true,
          officerCount: 14,
        },
      ]),
    );
  });

  it('lets a head read, not change, the commissions of their unit and the units under it', async () => {
    const composition = { members: [{ personRef: 'member-1', role: 'chair' }] };
    // The district's head: their own unit's compositions, with the one in force; nothing above it.
    const district = await as(['head'], 'en', 'unit-almaty-3');
    const own = await district.get('/directory/units/unit-almaty-3/commission?on=2025-03-03').expect(200);
    expect(own.body.inForce.members).toEqual(
      expect.arrayContaining([expect.objectContaining({ personRef: 'chair-1', role: 'chair' })]),
    );
    expect(own.body.compositions).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ unitId: 'unit-almaty-3', effectiveFrom: '2000-01-01' }),
      ]),
    );
    const above = await district.get('/directory/units/dept-almaty/commission');
    expect(above.status).toBe(403);
    expect(above.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(above.body.detail).toContain('own unit');
    expect(
      (await district.get('/directory/units')).body.units.map((u: { unitId: string }) => u.unitId),
    ).toEqual(['unit-almaty-3']);
    // The department's head reads the district under it too.
    const department = await as(['head'], 'en', 'dept-almaty');
    await department.get('/directory/units/unit-almaty-3/commission').expect(200);
    expect(
      (await department.get('/directory/units')).body.units.map((u: { unitId: string }) => u.unitId).sort(),
    ).toEqual(expect.arrayContaining(['dept-almaty', 'unit-almaty-3']));
    // Changing a composition stays with administrators, in their own unit too; nothing is written.
    const before = await count('commission_composition');
    expect(
      (await district.put('/directory/units/unit-almaty-3/commission/2030-01-01', composition)).status,
    ).toBe(403);
    expect(await count('commission_composition')).toBe(before);
    // Other roles read none of it.
    const officer = await as(['officer'], 'en', 'unit-almaty-3');
    expect((await officer.get('/directory/units/unit-almaty-3/commission')).status).toBe(403);
  });

  it('imports 2,000 officers in 40 units in one step: a dry run first, then all of it, audited', async () => {
    const admin = await as();
    const files = personnelExport();
    const [officersBefore, auditBefore] = [await count('officer'), await count('audit_log')];

    const dry = await admin.upload('/directory/imports/dry-run', files).expect(200);
    expect(dry.body.summary).toEqual({
      units: { added: 41, updated: 0, deactivated: 0, unchanged: 0 },
      officers: { added: 2000, updated: 0, deactivated: 0, unchanged: 0 },
      compositions: { added: 0, updated: 0, deactivated: 0, unchanged: 0 },
    });
    expect(dry.body.officers[0]).toEqual({
      kind: 'added',
      key: 'pers-1',
      line: 2,
      before: null,
      after: {
        personRef: 'pers-1',
        fullName: 'Officer 1, sergeant',
        unitId: 'hr-unit-1',
        roles: ['officer'],
        active: true,
      },
    });
    expect(await count('officer')).toBe(officersBefore);

    const started = Date.now();
    const applied = await admin.upload('/directory/imports', files).expect(200);
    const took = Date.now() - started;
    process.stdout.write(`directory import: 2000 officers in 40 units applied in ${took} ms\n`);
    expect(applied.body.summary).toEqual(dry.body.summary);
    expect(await count('officer')).toBe(officersBefore + 2000);
    // One link of the audit chain for the change set; its 2,041 records in the change log.
    expect(await count('audit_log')).toBe(auditBefore + 1);
    const [entry] = (await cases.dataSource.query(
      'SELECT action, target FROM cases.audit_log ORDER BY seq DESC LIMIT 1',
    )) as { action: string; target: string }[];
    expect(entry!.action).toBe('directory.import');
    const changeSet = entry!.target.replace('directory-changes/', '');
    const [logged] = (await cases.dataSource.query(
      'SELECT count(*)::int AS n FROM cases.directory_change WHERE change_set = $1',
      [changeSet],
    )) as { n: number }[];
    expect(logged!.n).toBe(2041);
    const listed = await admin.get('/directory/officers?unitId=hr-unit-10&role=investigator').expect(200);
    expect(listed.body.total).toBe(10);
    const found = await admin.get('/directory/officers?q=OFFICER%201999').expect(200);
    expect(found.body.officers.map((o: { personRef: string }) => o.personRef)).toEqual(['pers-1999']);
    const verify = await request(cases.app.getHttpServer())
      .get('/audit/verify')
      .set('authorization', `Bearer ${await tokenFor('auditor-1', ['auditor'])}`)
      .expect(200);
    expect(verify.body.ok).toBe(true);

    // The same export again changes nothing; a full export without pers-2000 deactivates them.
    const again = await admin.upload('/directory/imports', files).expect(200);
    expect(again.body.summary.officers).toEqual({ added: 0, updated: 0, deactivated: 0, unchanged: 2000 });
    const without = files.officers.replace(/pers-2000,[^\n]*\n/, '');
    const full = await admin
      .upload('/directory/imports/dry-run', { officers: without }, { deactivateMissing: 'true' })
      .expect(200);
    // Everyone active who is not in the file: pers-2000 and the seed's people.
    expect(full.body.summary.officers.deactivated).toBe(1 + officersBefore);
    expect(full.body.officers).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ kind: 'deactivated', key: 'pers-2000', line: null }),
      ]),
    );
  });

  it('refuses a file with broken rows as a whole, naming each line and column in the reader language', async () => {
    const admin = await as(['admin'], 'kk');
    const { units, officers } = personnelExport(3, 100);
    const lines = officers.split('\r\n');
    lines[56] = 'pers-56,Officer 56,hr-unit-2,officer;pilot,true'; // line 57: an unknown role
    lines[76] = 'pers-76,Officer 76,no-such-unit,officer,true'; // line 77: a unit nowhere
    lines[90] = 'pers-5,Officer five again,hr-unit-1,officer,maybe'; // line 91: a duplicate and not a boolean
    const broken = lines.join('\r\n');
    const [unitsBefore, officersBefore] = [await count('org_unit'), await count('officer')];
    for (const path of ['/directory/imports/dry-run', '/directory/imports']) {
      const res = await admin.upload(path, {
        units: units.replace(/hr-/g, 'b-'),
        officers: broken.replace(/hr-unit/g, 'b-unit'),
      });
      expect(res.status).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.code).toBe('DIRECTORY_CHANGE_INVALID');
      expect(res.body.title).toBe('Анықтамалыққа ештеңе енгізілмеді');
      expect(res.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
        'officers:57:roles unknown_role',
        'officers:77:unit_id unknown_unit',
        'officers:91:active invalid_boolean',
      ]);
      expect(res.body.errors[0].message).toBe('қызметкерлер, 57-жол, «roles» бағаны: белгісіз рөл «pilot»');
    }
    expect([await count('org_unit'), await count('officer')]).toEqual([unitsBefore, officersBefore]);

    const en = await as(['admin'], 'en');
    const duplicate = await en.upload('/directory/imports/dry-run', {
      officers:
        'person_ref,full_name,unit_id,roles\nq-1,A,unit-almaty-3,officer\nq-1,B,unit-almaty-3,officer\n',
    });
    expect(duplicate.body.errors).toEqual([
      expect.objectContaining({
        field: 'officers:3:person_ref',
        rule: 'duplicate',
        message: 'officers, line 3, column "person_ref": already given on line 2',
      }),
    ]);
    const header = await en.upload('/directory/imports/dry-run', { units: 'unit,name\nx,y\n' });
    expect(header.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
      'units:1:unit_id missing_column',
      'units:1:unit unknown_column',
    ]);
    const quotes = await en.upload('/directory/imports/dry-run', { units: 'unit_id,name\nx,"broken\n' });
    expect(quotes.body.errors[0]).toMatchObject({ rule: 'malformed_csv', file: 'units' });
  });

  it('upserts an officer idempotently for an HR sync; a deactivated officer, a role change, a cycle', async () => {
    const admin = await as();
    const body = { fullName: 'Sync Officer', unitId: 'unit-almaty-3', roles: ['officer'] };
    expect((await admin.put('/directory/officers/sync-1', body).expect(200)).body.outcome).toBe('added');
    expect((await admin.put('/directory/officers/sync-1', body).expect(200)).body.outcome).toBe('unchanged');
    const promoted = await admin.put('/directory/officers/sync-1', {
      ...body,
      roles: ['officer', 'investigator'],
    });
    expect(promoted.body).toMatchObject({
      outcome: 'updated',
      officer: { roles: ['officer', 'investigator'] },
    });
    const gone = await admin.put('/directory/officers/sync-1', { ...body, active: false }).expect(200);
    expect(gone.body).toMatchObject({ outcome: 'deactivated', officer: { active: false } });
    expect((await admin.get('/directory/officers/sync-1').expect(200)).body.active).toBe(false);
    expect((await admin.get('/directory/officers/nobody').expect(404)).body.code).toBe('NOT_FOUND');

    const unknownUnit = await admin
      .put('/directory/officers/sync-2', { ...body, unitId: 'nowhere' })
      .expect(422);
    expect(unknownUnit.body.errors).toEqual([
      {
        field: 'unitId',
        rule: 'unknown_unit',
        message: 'officers, column "unit_id": no such unit in the directory or the import',
      },
    ]);
    expect((await admin.put('/directory/officers/sync-2', { ...body, roles: ['pilot'] })).status).toBe(400);

    await admin
      .put('/directory/units/sub-1', { name: 'Sub-unit', parentUnitId: 'unit-almaty-3' })
      .expect(200);
    const cycle = await admin.put('/directory/units/dept-almaty', {
      name: 'Almaty city police department',
      parentUnitId: 'sub-1',
    });
    expect(cycle.status).toBe(422);
    expect(cycle.body.errors[0]).toMatchObject({ field: 'parentUnitId', rule: 'parent_cycle' });
    const busy = await admin.put('/directory/units/unit-almaty-3', {
      name: 'x',
      parentUnitId: 'dept-almaty',
      active: false,
    });
    expect(busy.body.errors[0]).toMatchObject({ field: 'active', rule: 'unit_has_active_members' });
  });

  it('keeps dated commission compositions; the one in force on a day is the latest from on or before it', async () => {
    const admin = await as();
    await admin
      .put('/directory/officers/member-4', {
        fullName: 'Commission member 4',
        unitId: 'unit-almaty-3',
        roles: ['commission-member'],
      })
      .expect(200);
    const members = [
      { personRef: 'chair-1', role: 'chair' },
      { personRef: 'secretary-1', role: 'secretary' },
      { personRef: 'member-1', role: 'member' },
      { personRef: 'member-2', role: 'member' },
      { personRef: 'member-4', role: 'member' },
    ];
    const small = await admin.put('/directory/units/unit-almaty-3/commission/2030-01-01', {
      members: members.slice(0, 4),
    });
    expect(small.status).toBe(422);
    expect(small.body.errors[0]).toMatchObject({ field: 'members', rule: 'commission_composition' });
    expect(small.body.errors[0].message).toContain('5');
    const put = await admin
      .put('/directory/units/unit-almaty-3/commission/2030-01-01', { members })
      .expect(200);
    expect(put.body.outcome).toBe('added');
    const before = await admin.get('/directory/units/unit-almaty-3/commission?on=2029-12-31').expect(200);
    expect(before.body.inForce.effectiveFrom).toBe('2000-01-01');
    expect(before.body.compositions.map((c: { effectiveFrom: string }) => c.effectiveFrom)).toEqual([
      '2030-01-01',
      '2000-01-01',
    ]);
    const after = await admin.get('/directory/units/unit-almaty-3/commission?on=2030-01-01').expect(200);
    expect(after.body.inForce).toEqual({ unitId: 'unit-almaty-3', effectiveFrom: '2030-01-01', members });
    const csv = await admin.upload('/directory/imports/dry-run', {
      commissions:
        'unit_id,effective_from,person_ref,commission_role\nunit-almaty-3,2030-01-01,chair-1,chair\nunit-almaty-3,2030-01-01,ghost,member\n',
    });
    expect(csv.body.errors.map((e: { field: string; rule: string }) => `${e.field} ${e.rule}`)).toEqual([
      'commissions:2:commission_role commission_composition',
      'commissions:3:person_ref unknown_person',
    ]);
  });
});
