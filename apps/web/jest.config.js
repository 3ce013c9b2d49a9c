// Unit tests of the browser code's pure functions (labels, permissions, diffs).
// The root run skips libs/**/web/ (Angular components need a browser); these
// specs import no Angular at runtime, so plain Node and the root transform suffice.
const root = require('../../jest.config.js');

module.exports = {
  rootDir: root.rootDir,
  testEnvironment: 'node',
  roots: ['<rootDir>/libs/shared/web-ui', '<rootDir>/libs/identity/web', '<rootDir>/libs/directory/web', '<rootDir>/apps/web'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: root.transform,
  moduleNameMapper: root.moduleNameMapper,
};
