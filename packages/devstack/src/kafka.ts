import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { resolveMavenClasspath } from './maven';
import { packageDir, runDir } from './paths';
import { pickPort, waitFor } from './ports';
import { requireCommand } from './prerequisites';
import { startProcess } from './process';

export interface KafkaHandle {
  /** Comma-separated bootstrap servers, as KAFKA_BROKERS expects. */
  readonly brokers: string;
  readonly external: boolean;
  stop(): Promise<void>;
}

export interface KafkaOptions {
  persistentDir?: string;
  /** Broker and controller ports to use when free (local run). */
  preferredPorts?: { broker: number; controller: number };
}

/** Apache Kafka 3.9 single-node KRaft from its Maven Central jars on the local JVM, or KAFKA_BROKERS. */
export async function startKafka(options: KafkaOptions = {}): Promise<KafkaHandle> {
  if (process.env.KAFKA_BROKERS) {
    return { brokers: process.env.KAFKA_BROKERS, external: true, stop: async () => undefined };
  }
  requireCommand('java');
  const lib = resolveMavenClasspath('kafka');
  const classpath = `${lib}/*`;
  const dir = options.persistentDir ?? runDir('kafka');
  const dataDir = join(dir, 'data');
  const port = await pickPort(options.preferredPorts?.broker);
  const controllerPort = await pickPort(options.preferredPorts?.controller);
  const properties = join(dir, 'server.properties');
  writeFileSync(
    properties,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${port},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      'listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
      `log.dirs=${dataDir}`,
      'num.partitions=3',
      'offsets.topic.replication.factor=1',
      'offsets.topic.num.partitions=3',
      'transaction.state.log.replication.factor=1',
      'transaction.state.log.min.isr=1',
      'group.initial.rebalance.delay.ms=0',
      'auto.create.topics.enable=true',
      '',
    ].join('\n'),
  );
  const log4j = `-Dlog4j.configuration=file:${join(packageDir(), 'config', 'kafka-log4j.properties')}`;
  if (!existsSync(join(dataDir, 'meta.properties'))) {
    const clusterId = execFileSync(
      'java',
      ['-cp', classpath, log4j, 'kafka.tools.StorageTool', 'random-uuid'],
      {
        encoding: 'utf8',
      },
    ).trim();
    execFileSync(
      'java',
      ['-cp', classpath, log4j, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', properties],
      { stdio: 'ignore' },
    );
  }
  const server = startProcess({
    name: 'kafka',
    command: 'java',
    args: [
      '-Xms256m',
      '-Xmx768m',
      '-XX:+UseG1GC',
      '-Djava.awt.headless=true',
      log4j,
      '-cp',
      classpath,
      'kafka.Kafka',
      properties,
    ],
  });
  const brokers = `127.0.0.1:${port}`;
  const kafka = new Kafka({
    clientId: 'devstack-readiness',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  try {
    await waitFor(
      'Kafka',
      async () => {
        const admin = kafka.admin();
        try {
          await admin.connect();
          await admin.listTopics();
          // Consumer groups need the group coordinator (and __consumer_offsets) loaded, not just the broker.
          await admin.describeGroups(['devstack-readiness']);
          return true;
        } finally {
          await admin.disconnect();
        }
      },
      {
        timeoutMs: 90_000,
        intervalMs: 500,
        gaveUp: () => (server.exited() ? 'the broker exited' : undefined),
        onTimeout: () => `log ${server.logFile}:\n${server.tail()}`,
      },
    );
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { brokers, external: false, stop: () => server.stop() };
}
