import { Column, Entity, PrimaryColumn } from 'typeorm';
import { WELLBEING_SCHEMA } from '../schema';

/** A retaliation/stigmatization report. `content` never leaves this schema. */
@Entity({ schema: WELLBEING_SCHEMA, name: 'concerns' })
export class ConcernEntity {
  @PrimaryColumn('uuid') id!: string;
  @Column('text', { name: 'person_ref' }) personRef!: string;
  @Column('text', { name: 'case_id' }) caseId!: string;
  @Column('text') category!: string;
  @Column('text') content!: string;
  @Column('timestamptz', { name: 'raised_at' }) raisedAt!: Date;
}
