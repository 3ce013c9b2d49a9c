export { startAppUnderTest } from './app-under-test';
export type { AppUnderTest } from './app-under-test';
