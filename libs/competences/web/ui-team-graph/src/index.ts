export * from './lib/team-graph';
