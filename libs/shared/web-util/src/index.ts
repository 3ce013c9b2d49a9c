export * from './lib/problem';
export * from './lib/dates';
export * from './lib/load';
export * from './lib/numbers';
export * from './lib/screen';
export * from './lib/text';
export { hasAnyRole, type ViewerAccount } from './lib/viewer';
