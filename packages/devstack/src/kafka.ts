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
  /** host:port of the SASL_SSL listener, when `saslSsl` asked for one. */
  readonly saslSslBrokers?: string;
  readonly external: boolean;
  stop(): Promise<void>;
  /**
   * Fault drills: SIGKILL the broker and start it again on the same log folder and ports; resolves once it
   * serves metadata and the group coordinator. Absent for an external broker.
   */
  restart?(): Promise<void>;
}

export interface KafkaOptions {
  persistentDir?: string;
  /** Broker and controller ports to use when free (local run). */
  preferredPorts?: { broker: number; controller: number };
  /**
   * Adds a SASL_SSL listener (TLS + SCRAM) beside the plaintext one and starts an own broker even when
   * KAFKA_BROKERS is set: the transport-security tests need a broker they configured themselves.
   */
  saslSsl?: KafkaSaslSslOptions;
}

export interface KafkaSaslSslOptions {
  /** PEM keystore: unencrypted PKCS#8 key followed by the certificate chain (see makeTestCertificates). */
  readonly keystoreFile: string;
  /** SCRAM users written into the cluster metadata at format time (KRaft has no ZooKeeper to hold them). */
  readonly users: readonly ScramUser[];
}

export interface ScramUser {
  readonly mechanism: 'SCRAM-SHA-256' | 'SCRAM-SHA-512';
  readonly username: string;
  /** Letters and digits only: kafka-storage's --add-scram syntax has no quoting. */
  readonly password: string;
}

/** Apache Kafka 3.9 single-node KRaft from its Maven Central jars on the local JVM, or KAFKA_BROKERS. */
export async function startKafka(options: KafkaOptions = {}): Promise<KafkaHandle> {
  const saslSsl = options.saslSsl;
  if (process.env.KAFKA_BROKERS && !saslSsl) {
    return { brokers: process.env.KAFKA_BROKERS, external: true, stop: async () => undefined };
  }
  requireCommand('java');
  const lib = resolveMavenClasspath('kafka');
  const classpath = `${lib}/*`;
  const dir = options.persistentDir ?? runDir('kafka');
  const dataDir = join(dir, 'data');
  const port = await pickPort(options.preferredPorts?.broker);
  const controllerPort = await pickPort(options.preferredPorts?.controller);
  const securePort = saslSsl ? await pickPort() : undefined;
  const secure = securePort === undefined ? '' : `,SASL_SSL://127.0.0.1:${securePort}`;
  const properties = join(dir, 'server.properties');
  writeFileSync(
    properties,
    [
      'process.roles=broker,controller',
      'node.id=1',
      `controller.quorum.voters=1@127.0.0.1:${controllerPort}`,
      `listeners=PLAINTEXT://127.0.0.1:${port}${secure},CONTROLLER://127.0.0.1:${controllerPort}`,
      `advertised.listeners=PLAINTEXT://127.0.0.1:${port}${secure}`,
      'controller.listener.names=CONTROLLER',
      'inter.broker.listener.name=PLAINTEXT',
      `listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT${saslSsl ? ',SASL_SSL:SASL_SSL' : ''}`,
      ...(saslSsl ? saslSslProperties(saslSsl) : []),
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
      [
        ...['-cp', classpath, log4j, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', properties],
        ...(saslSsl?.users ?? []).flatMap((user) => [
          '--add-scram',
          `${user.mechanism}=[name=${user.username},password=${user.password}]`,
        ]),
      ],
      { stdio: 'ignore' },
    );
  }
  const launch = async () => {
    const started = startProcess({
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
          gaveUp: () => (started.exited() ? 'the broker exited' : undefined),
          onTimeout: () => `log ${started.logFile}:\n${started.tail()}`,
        },
      );
    } catch (error) {
      await started.stop();
      throw error;
    }
    return started;
  };
  const brokers = `127.0.0.1:${port}`;
  const kafka = new Kafka({
    clientId: 'devstack-readiness',
    brokers: [brokers],
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
  });
  let server = await launch();
  return {
    brokers,
    saslSslBrokers: securePort === undefined ? undefined : `127.0.0.1:${securePort}`,
    external: false,
    stop: () => server.stop(),
    async restart() {
      await server.kill('SIGKILL');
      server = await launch();
    },
  };
}

/** The SASL_SSL listener: TLS from a PEM keystore, SCRAM-SHA-256/512 against the users in the metadata log. */
function saslSslProperties({ keystoreFile, users }: KafkaSaslSslOptions): string[] {
  for (const { username, password } of users) {
    if (!/^[A-Za-z0-9]+$/.test(username) || !/^[A-Za-z0-9]+$/.test(password)) {
      throw new Error('devstack: SCRAM test users need letters and digits only (kafka-storage --add-scram)');
    }
  }
  const scram = 'org.apache.kafka.common.security.scram.ScramLoginModule required;';
  return [
    'sasl.enabled.mechanisms=SCRAM-SHA-256,SCRAM-SHA-512',
    `listener.name.sasl_ssl.scram-sha-256.sasl.jaas.config=${scram}`,
    `listener.name.sasl_ssl.scram-sha-512.sasl.jaas.config=${scram}`,
    'listener.name.sasl_ssl.ssl.keystore.type=PEM',
    `listener.name.sasl_ssl.ssl.keystore.location=${keystoreFile}`,
  ];
}
