import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Spec, Validation } from '@cyclonedx/cyclonedx-library';
import { PackageURL } from 'packageurl-js';

/** The apps that ship as images (infra/docker/app.Dockerfile), by folder under apps/. */
export const IMAGE_APPS = [
  'cases-service',
  'notifications-service',
  'wellbeing-service',
  'workflow-worker',
  'web',
] as const;

/** One node of `pnpm list --json`: what pnpm deploy installs into the image, exact versions from the lockfile. */
interface ListedPackage {
  readonly version: string;
  readonly path: string;
  readonly dependencies?: Readonly<Record<string, ListedPackage>>;
}

interface Component {
  readonly type: 'library';
  readonly 'bom-ref': string;
  readonly name: string;
  readonly group?: string;
  readonly version: string;
  readonly purl: string;
  readonly licenses?: readonly { expression: string }[];
  readonly description?: string;
}

export interface Bom {
  readonly bomFormat: 'CycloneDX';
  readonly specVersion: '1.6';
  readonly serialNumber: string;
  readonly version: 1;
  readonly metadata: { timestamp: string; component: Component | Record<string, unknown> };
  readonly components: readonly Component[];
  readonly dependencies: readonly { ref: string; dependsOn: string[] }[];
}

const manifestOf = (dir: string): { license?: unknown; version?: string; description?: unknown } => {
  const file = join(dir, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, never>) : {};
};

/** Workspace packages are listed as `link:` versions; the image carries them at their package.json version. */
const versionOf = (listed: ListedPackage): string =>
  listed.version.startsWith('link:') ? (manifestOf(listed.path).version ?? '0.0.0') : listed.version;

function componentOf(name: string, listed: ListedPackage): Component {
  const [group, bare] = name.startsWith('@') ? (name.split('/') as [string, string]) : [undefined, name];
  const version = versionOf(listed);
  const purl = new PackageURL('npm', group, bare, version, undefined, undefined).toString();
  const manifest = manifestOf(listed.path);
  return {
    type: 'library',
    'bom-ref': purl,
    name: bare,
    ...(group ? { group } : {}),
    version,
    purl,
    ...(typeof manifest.license === 'string' && manifest.license.trim() !== ''
      ? { licenses: [{ expression: manifest.license }] }
      : {}),
    ...(typeof manifest.description === 'string' ? { description: manifest.description } : {}),
  };
}

/**
 * The CycloneDX 1.6 bill of materials of one app's image: every production dependency, transitively, with its
 * package URL, licence and who depends on whom. `now` and `serial` are inputs so a test can pin them.
 */
export function sbomOf(root: string, app: string, now = new Date(), serial: string = randomUUID()): Bom {
  const output = execFileSync(
    'pnpm',
    ['list', '--json', '--prod', '--depth', 'Infinity', '--filter', `@qorgau/${app}`],
    { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
  );
  const [project] = JSON.parse(output) as (ListedPackage & { name: string })[];
  if (!project) throw new Error(`pnpm list found no package @qorgau/${app}`);
  const top = componentOf(project.name, project);
  const components = new Map<string, Component>();
  const edges = new Map<string, Set<string>>();
  const visit = (ref: string, dependencies: ListedPackage['dependencies']): void => {
    const out = edges.get(ref) ?? new Set<string>();
    edges.set(ref, out);
    for (const [name, listed] of Object.entries(dependencies ?? {})) {
      const component = componentOf(name, listed);
      out.add(component['bom-ref']);
      if (components.has(component['bom-ref'])) continue;
      components.set(component['bom-ref'], component);
      visit(component['bom-ref'], listed.dependencies);
    }
  };
  visit(top['bom-ref'], project.dependencies);
  const application = { ...top, type: 'application' };
  return {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: { timestamp: now.toISOString(), component: application },
    components: [...components.values()].sort((a, b) => a['bom-ref'].localeCompare(b['bom-ref'])),
    dependencies: [...edges.entries()].map(([ref, dependsOn]) => ({ ref, dependsOn: [...dependsOn].sort() })),
  };
}

/** Validates against the CycloneDX 1.6 JSON schema (strict); returns the problems, empty when valid. */
export async function bomProblems(json: string): Promise<string[]> {
  const error = await new Validation.JsonStrictValidator(Spec.Version.v1dot6).validate(json);
  if (error === null) return [];
  return [JSON.stringify(error).slice(0, 2000)];
}
