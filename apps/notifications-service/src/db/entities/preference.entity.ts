import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { NOTIFICATIONS_SCHEMA } from '../schema';

/** How a person wants to be told: language, e-mail address, channels. */
@Entity({ name: 'preferences', schema: NOTIFICATIONS_SCHEMA })
export class PreferenceEntity {
  @PrimaryColumn({ name: 'person_ref', type: 'text' })
  personRef!: string;

  @Column({ type: 'text' })
  locale!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', array: true })
  channels!: string[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
