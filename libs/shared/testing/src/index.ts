export { createTestDatabase } from './lib/test-database';
export type { TestDatabase } from './lib/test-database';
export { deciderSpec } from './lib/given-when-then';
export { snapshotTables } from './lib/snapshot-tables';
export type { TableSnapshot } from './lib/snapshot-tables';
export { expectRebuildEqualsIncremental, IncrementalProjection } from './lib/rebuild-equals-incremental';
export type { ProjectionUnderTest } from './lib/rebuild-equals-incremental';
export { SearchPrerequisites } from './lib/search-prerequisites';
