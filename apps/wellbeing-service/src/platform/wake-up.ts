import { postgresSsl } from '@qorgau/config';
import { type WakeUpChannel } from '@qorgau/messaging';
import { type WellbeingConfig } from '../config';

/** A loop's LISTEN on the service's own database, with the pool's TLS settings. */
export const wakeUpOn = (config: WellbeingConfig, channel: string): WakeUpChannel => ({
  connectionString: config.DATABASE_URL,
  ssl: postgresSsl(config),
  channel,
});
