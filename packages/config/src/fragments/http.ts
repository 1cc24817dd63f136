import { z } from 'zod';
import { port } from './common';

/**
 * PORT default 3000.
 * HOST default `127.0.0.1`: a local run is not reachable from the network; containers set `0.0.0.0`.
 */
export const httpEnv = z.object({
  PORT: port.prefault('3000'),
  HOST: z.string().min(1).default('127.0.0.1'),
});

export type HttpEnv = z.output<typeof httpEnv>;
