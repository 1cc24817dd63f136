import { type QueryRunner } from 'typeorm';
import { notifyOnInsertMigration } from './notify-migration';

const recorder = () => {
  const statements: string[] = [];
  const runner = {
    query: (sql: string) => Promise.resolve(void statements.push(sql)),
  } as unknown as QueryRunner;
  return { statements, runner };
};

describe('notifyOnInsertMigration', () => {
  const Migration = notifyOnInsertMigration('LoopWakeUps1763930000000', [
    { table: 'wellbeing.outbox', channel: 'wellbeing_outbox' },
    { table: 'wellbeing.scheduled_check_ins', channel: 'wellbeing_scheduled_check_ins' },
  ]);

  it('creates each table’s function before its trigger, notifying its own channel', async () => {
    const { statements, runner } = recorder();
    const migration = new Migration();
    expect(migration.name).toBe('LoopWakeUps1763930000000');
    await migration.up(runner);
    expect(statements).toHaveLength(4);
    expect(statements[0]).toMatch(
      /CREATE OR REPLACE FUNCTION wellbeing\.outbox_notify\(\)[\s\S]*'wellbeing_outbox'/,
    );
    expect(statements[1]).toMatch(/CREATE TRIGGER outbox_notify AFTER INSERT ON wellbeing\.outbox/);
    expect(statements[3]).toMatch(/ON wellbeing\.scheduled_check_ins/);
  });

  it('drops in reverse: the last table first, each trigger before its function', async () => {
    const { statements, runner } = recorder();
    await new Migration().down(runner);
    expect(statements).toEqual([
      'DROP TRIGGER IF EXISTS scheduled_check_ins_notify ON wellbeing.scheduled_check_ins',
      'DROP FUNCTION IF EXISTS wellbeing.scheduled_check_ins_notify()',
      'DROP TRIGGER IF EXISTS outbox_notify ON wellbeing.outbox',
      'DROP FUNCTION IF EXISTS wellbeing.outbox_notify()',
    ]);
  });
});
