import { Kafka, logLevel, type KafkaConfig } from 'kafkajs';
import { kafkaLogCreator, silentLogger, type Logger } from './logger';

export interface KafkaClientOptions extends Omit<KafkaConfig, 'logCreator'> {
  logger?: Logger;
}

/** A kafkajs client whose logs go to the service logger (INFO and above unless `logLevel` says otherwise). */
export function createKafka({ logger = silentLogger, ...config }: KafkaClientOptions): Kafka {
  return new Kafka({ logLevel: logLevel.INFO, ...config, logCreator: kafkaLogCreator(logger) });
}
