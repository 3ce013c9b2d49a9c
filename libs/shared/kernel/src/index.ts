export * from './lib/event';
export * from './lib/errors';
export * from './lib/decider';
export * from './lib/clock';
export * from './lib/event-store';
export * from './lib/command-handling';
export * from './lib/actor';
export * from './lib/upcasting';
