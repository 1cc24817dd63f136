import type { CaseState } from '@qorgau/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CASES_SCHEMA } from '../schema';

/** The current state of one case: the domain state after its last recorded event (a projection). */
@Entity({ schema: CASES_SCHEMA, name: 'case' })
export class CaseRecord {
  @PrimaryColumn('text')
  id!: string;

  @Column('text')
  stage!: string;

  @Column('jsonb')
  state!: CaseState;

  /** Number of events recorded; the optimistic-concurrency version and the ETag of the case. */
  @Column('int')
  version!: number;

  @Column('timestamptz', { name: 'created_at' })
  createdAt!: Date;

  @Column('timestamptz', { name: 'updated_at' })
  updatedAt!: Date;
}
