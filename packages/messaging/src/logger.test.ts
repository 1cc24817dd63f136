import { logLevel } from 'kafkajs';
import { kafkaLogCreator, type Logger } from './logger';

describe('kafkaLogCreator', () => {
  it('routes kafkajs log entries to the service logger by level', () => {
    const calls: [string, object, string | undefined][] = [];
    const record =
      (level: string) =>
      (fields: object, message?: string): void =>
        void calls.push([level, fields, message]);
    const logger: Logger = { info: record('info'), warn: record('warn'), error: record('error') };
    const log = kafkaLogCreator(logger)(logLevel.INFO);
    const entry = (level: logLevel, message: string) =>
      log({
        namespace: 'Consumer',
        level,
        label: 'x',
        log: { message, timestamp: 't', logger: 'kafkajs', groupId: 'g' },
      });
    entry(logLevel.ERROR, 'crashed');
    entry(logLevel.WARN, 'slow');
    entry(logLevel.INFO, 'joined');
    entry(logLevel.DEBUG, 'dropped: the logger has no debug');
    expect(calls).toEqual([
      ['error', { kafkajs: 'Consumer', groupId: 'g' }, 'crashed'],
      ['warn', { kafkajs: 'Consumer', groupId: 'g' }, 'slow'],
      ['info', { kafkajs: 'Consumer', groupId: 'g' }, 'joined'],
    ]);
  });
});
