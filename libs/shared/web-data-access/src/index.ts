export { loader } from './lib/loader';
export type { Loader, LoaderOptions } from './lib/loader';
