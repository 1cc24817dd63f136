import { Entity, PrimaryColumn } from 'typeorm';
import { NOTIFICATIONS_SCHEMA } from '../schema';

/** Who is who in a case, projected from case events, so notices can be addressed by role. */
@Entity({ name: 'case_recipients', schema: NOTIFICATIONS_SCHEMA })
export class CaseRecipientEntity {
  @PrimaryColumn({ name: 'case_id', type: 'text' })
  caseId!: string;

  @PrimaryColumn({ type: 'text' })
  role!: string;

  @PrimaryColumn({ name: 'person_ref', type: 'text' })
  personRef!: string;

  /** The appeal or penalty a role is about; '' for plain roles. */
  @PrimaryColumn({ type: 'text', default: '' })
  ref!: string;
}
