import { Inject, Injectable } from '@nestjs/common';
import { type Locale } from '@qorgau/service-kit';
import { type DataSource, type EntityManager } from 'typeorm';
import { type Channel } from '../db/entities/delivery.entity';
import { PreferenceEntity } from '../db/entities/preference.entity';
import { DATA_SOURCE } from '../platform/tokens';

export interface Preference {
  readonly locale: Locale;
  readonly email: string | null;
  readonly channels: readonly Channel[];
}

@Injectable()
export class PreferencesRepository {
  constructor(@Inject(DATA_SOURCE) private readonly dataSource: DataSource) {}

  async find(
    personRef: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Preference | null> {
    const row = await manager.findOne(PreferenceEntity, { where: { personRef } });
    return row
      ? { locale: row.locale as Locale, email: row.email, channels: row.channels as Channel[] }
      : null;
  }

  async save(personRef: string, preference: Preference): Promise<void> {
    await this.dataSource.manager.upsert(
      PreferenceEntity,
      { personRef, locale: preference.locale, email: preference.email, channels: [...preference.channels] },
      ['personRef'],
    );
  }
}
