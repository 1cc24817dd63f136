export default async function globalTeardown(): Promise<void> {
  await globalThis.__QORGAU_STACK__?.stop();
  globalThis.__QORGAU_STACK__ = undefined;
}
