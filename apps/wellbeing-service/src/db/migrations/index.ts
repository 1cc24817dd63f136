import { processedEventsDdl, type MigrationClass } from '@qorgau/messaging';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';
import { WellbeingSchema1763900000000 } from './1763900000000-wellbeing-schema';
import { RestorationFollowUps1763910000000 } from './1763910000000-restoration-follow-ups';
import { AnswersToHr1763920000000 } from './1763920000000-answers-to-hr';
import { LoopWakeUps1763930000000 } from './1763930000000-loop-wake-ups';

// messaging's migration starts with CREATE SCHEMA IF NOT EXISTS, which needs CREATE on the database even
// when the schema exists; the service role deliberately lacks it, so only the table statements run here.
const processedEvents = processedEventsDdl(WELLBEING_SCHEMA);
class WellbeingProcessedEvents1763899000000 implements MigrationInterface {
  readonly name = 'WellbeingProcessedEvents1763899000000';
  async up(q: QueryRunner): Promise<void> {
    for (const sql of processedEvents.up.filter((s) => !s.startsWith('CREATE SCHEMA'))) await q.query(sql);
  }
  async down(q: QueryRunner): Promise<void> {
    for (const sql of processedEvents.down) await q.query(sql);
  }
}

export const WELLBEING_MIGRATIONS: MigrationClass[] = [
  WellbeingProcessedEvents1763899000000,
  WellbeingSchema1763900000000,
  RestorationFollowUps1763910000000,
  AnswersToHr1763920000000,
  LoopWakeUps1763930000000,
];
