import { execFileSync, spawnSync } from 'node:child_process';

const INSTALL_HINTS: Record<string, string> = {
  java: 'Java 17 or newer (Debian: apt-get install openjdk-17-jre-headless)',
  mvn: 'Apache Maven 3.8+ (Debian: apt-get install maven)',
  go: 'Go 1.22 or newer (https://go.dev/doc/install), or put the `temporal` CLI on PATH / set TEMPORAL_CLI_PATH',
};

const WHY: Record<string, string> = {
  java: 'to run Kafka and the Temporal test server',
  mvn: 'to fetch Kafka and the Temporal test server from Maven Central',
  go: 'to build the Temporal CLI dev server once',
};

export class MissingPrerequisiteError extends Error {
  constructor(readonly command: string) {
    super(
      `devstack: \`${command}\` not found; install ${INSTALL_HINTS[command] ?? command} ${WHY[command] ?? ''}`.trim(),
    );
  }
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync(command, command === 'go' ? ['version'] : ['-version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    return !(error instanceof Error && 'code' in error && (error as NodeJS.ErrnoException).code === 'ENOENT');
  }
}

export function requireCommand(command: string): void {
  if (!hasCommand(command)) throw new MissingPrerequisiteError(command);
  if (command === 'java') {
    const major = javaMajorVersion();
    if (major !== undefined && major < 17) {
      throw new Error(
        `devstack: Java ${major} found, Java 17 or newer is needed; install ${INSTALL_HINTS.java}`,
      );
    }
  }
}

function javaMajorVersion(): number | undefined {
  // `java -version` writes to stderr.
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return parseJavaVersion(`${result.stderr ?? ''}${result.stdout ?? ''}`);
}

export function parseJavaVersion(text: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}
