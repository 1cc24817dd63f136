import { startStack, type Stack } from '../stack';

declare global {
  var __QORGAU_STACK__: Stack | undefined;
}

/**
 * jest globalSetup for integration projects: uses the infrastructure named by DATABASE_URL, KAFKA_BROKERS,
 * TEMPORAL_ADDRESS and TEMPORAL_TEST_SERVER_PATH when set (the root test command starts one stack for all
 * packages), otherwise starts its own. Workers inherit the environment set here.
 */
export default async function globalSetup(): Promise<void> {
  const stack = await startStack({});
  Object.assign(process.env, stack.env);
  globalThis.__QORGAU_STACK__ = stack;
}
