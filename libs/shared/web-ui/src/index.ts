export * from './lib/skip-link';
export * from './lib/page-layout';
export * from './lib/user-menu';
export * from './lib/pagination';
