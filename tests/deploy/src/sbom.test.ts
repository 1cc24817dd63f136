import { resolve } from 'node:path';
import { bomProblems, sbomOf } from './sbom';

const root = resolve(__dirname, '..', '..', '..');

describe('CycloneDX SBOM of an image', () => {
  // One app is enough here; `pnpm sbom` (scripts/test.sh) writes and validates all five.
  const bom = sbomOf(
    root,
    'notifications-service',
    new Date('2026-01-01T00:00:00Z'),
    '3f1c2e0e-0000-4000-8000-000000000001',
  );

  it('is valid CycloneDX 1.6 (the official JSON schema, strict)', async () => {
    expect(await bomProblems(JSON.stringify(bom))).toEqual([]);
  });

  it('the validator refuses a malformed BOM (it is not a no-op)', async () => {
    const broken = { ...bom, components: [{ type: 'library', version: '1.0.0' }] };
    expect(await bomProblems(JSON.stringify(broken))).not.toEqual([]);
  });

  it('lists the production dependencies with exact versions, package URLs and licences', () => {
    expect(bom.metadata.component).toMatchObject({
      type: 'application',
      name: 'notifications-service',
      group: '@qorgau',
    });
    const byName = new Map(bom.components.map((c) => [`${c.group ? `${c.group}/` : ''}${c.name}`, c]));
    expect(byName.get('kafkajs')).toMatchObject({ version: '2.2.4', purl: 'pkg:npm/kafkajs@2.2.4' });
    expect(byName.get('@nestjs/core')?.purl).toMatch(/^pkg:npm\/%40nestjs\/core@\d+\.\d+\.\d+$/);
    // Transitive ones too (nestjs-pino brings pino-http), and the workspace packages the image carries.
    expect(byName.has('pino-http')).toBe(true);
    expect(byName.get('@qorgau/service-kit')).toMatchObject({ version: '0.1.0' });
    expect(byName.get('kafkajs')?.licenses).toEqual([{ expression: 'MIT' }]);
    // Development tools never reach the image.
    expect(byName.has('jest')).toBe(false);
    expect(byName.has('typescript')).toBe(false);
  });

  it('records who depends on whom', () => {
    const top = bom.dependencies.find((d) => d.ref === bom.metadata.component['bom-ref']);
    expect(top?.dependsOn).toContain('pkg:npm/kafkajs@2.2.4');
  });
});
