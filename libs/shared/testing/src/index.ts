export { createTestDatabase } from './lib/test-database';
export type { TestDatabase } from './lib/test-database';
export { deciderSpec } from './lib/given-when-then';
