import { processedEventsDdl, processedEventsMigration } from './processed-events-migration';

describe('processed_events migration', () => {
  it('is named with the schema and a 13-digit timestamp, as TypeORM requires', () => {
    const Migration = processedEventsMigration('wellbeing_ops', 1763999999999);
    expect(new Migration().name).toBe('ProcessedEventsWellbeingOps1763999999999');
    expect(new (processedEventsMigration('cases'))().name).toMatch(/^ProcessedEventsCases\d{13}$/);
  });

  it('creates the table with its primary key in the given schema', () => {
    const { up, down } = processedEventsDdl('notifications');
    expect(up.join('\n')).toContain('CREATE TABLE "notifications".processed_events');
    expect(up.join('\n')).toContain('PRIMARY KEY (consumer, event_id)');
    expect(down).toEqual(['DROP TABLE "notifications".processed_events']);
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => processedEventsMigration('cases"; DROP SCHEMA cases; --')).toThrow(/identifier/);
    expect(() => processedEventsDdl('Cases')).toThrow(/identifier/);
  });
});
