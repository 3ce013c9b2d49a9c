export { startAppUnderTest } from './app-under-test';
export type { AppUnderTest, AppUnderTestOptions } from './app-under-test';
export { startDedicatedPostgres } from './dedicated-postgres';
export type { DedicatedPostgres } from './dedicated-postgres';
