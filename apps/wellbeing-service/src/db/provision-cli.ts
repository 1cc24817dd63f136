import { z } from 'zod';
import { loadConfig } from '@qorgau/config';
import { provisionWellbeingDatabase } from './provision';

/** `pnpm provision-db`: the privileged setup step, run once per database with an admin URL. Prints nothing secret. */
const env = loadConfig(
  z.object({
    DATABASE_ADMIN_URL: z.string().min(1),
    WELLBEING_DB_ROLE: z.string().default('qorgau_wellbeing'),
    WELLBEING_DB_PASSWORD: z.string().min(8),
  }),
);

provisionWellbeingDatabase(env.DATABASE_ADMIN_URL, {
  name: env.WELLBEING_DB_ROLE,
  password: env.WELLBEING_DB_PASSWORD,
})
  .then(() =>
    console.log(`role ${env.WELLBEING_DB_ROLE} owns schema wellbeing; set DATABASE_URL to its credentials`),
  )
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
