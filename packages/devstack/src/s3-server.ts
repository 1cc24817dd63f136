import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { resolveMavenClasspath } from './maven';
import { runDir } from './paths';
import { pickPort, waitFor } from './ports';
import { requireCommand } from './prerequisites';
import { startProcess } from './process';

export interface S3ServerHandle {
  /** http://host:port, for an S3 client with path-style addressing. */
  readonly endpoint: string;
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  stop(): Promise<void>;
}

/** The s3proxy release devstack runs (maven/s3proxy/pom.xml). */
export const S3PROXY_VERSION = '2.6.0';

/**
 * An S3-compatible server without Docker: s3proxy (from Maven Central, cached under .cache/maven) storing
 * objects in a throw-away folder, with AWS signature v2/v4 authentication.
 */
export async function startS3Server(): Promise<S3ServerHandle> {
  requireCommand('java');
  const jar = join(resolveMavenClasspath('s3proxy'), `s3proxy-${S3PROXY_VERSION}-jar-with-dependencies.jar`);
  const dir = runDir('s3proxy');
  const port = await pickPort();
  const endpoint = `http://127.0.0.1:${port}`;
  const accessKeyId = 'devstack-access-key';
  const secretAccessKey = 'devstack-secret-key';
  const properties = join(dir, 's3proxy.properties');
  writeFileSync(
    properties,
    [
      `s3proxy.endpoint=${endpoint}`,
      's3proxy.authorization=aws-v2-or-v4',
      `s3proxy.identity=${accessKeyId}`,
      `s3proxy.credential=${secretAccessKey}`,
      'jclouds.provider=filesystem',
      `jclouds.filesystem.basedir=${join(dir, 'data')}`,
      '',
    ].join('\n'),
  );
  const server = startProcess({
    name: 's3proxy',
    command: 'java',
    args: ['-Xmx256m', '-jar', jar, '--properties', properties],
  });
  try {
    // Unsigned requests get 403 once the server listens.
    await waitFor('s3proxy', async () => (await fetch(endpoint)).status === 403, {
      timeoutMs: 120_000,
      intervalMs: 500,
      gaveUp: () => (server.exited() ? 's3proxy exited' : undefined),
      onTimeout: () => `log ${server.logFile}:\n${server.tail()}`,
    });
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { endpoint, accessKeyId, secretAccessKey, stop: () => server.stop() };
}
