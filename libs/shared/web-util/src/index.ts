export { problemOf } from './lib/problem';
export type { Problem } from './lib/problem';
export * from './lib/dates';
export * from './lib/screen';
export * from './lib/text';
