export * from './lib/skip-link';
export * from './lib/page-layout';
export * from './lib/user-menu';
export * from './lib/pagination';
export * from './lib/agent-picker';
export * from './lib/dates';
export * from './lib/email';
export * from './lib/site-footer';
