export { DEFAULT_AGENT_COUNT, DEFAULT_SEED, MAX_AGENTS, MIN_AGENTS, generateTownHall } from './generate-town-hall';
export type { TownHall, TownHallOptions } from './generate-town-hall';
export type { DemoAccount } from './demo-accounts';
export { EMAIL_DOMAIN } from './people';
export { townHallCommands, townHallEvents } from './town-hall-commands';
export type { RegisterAgentCommand, TownHallCommand, TownHallEvent, TownHallStream } from './town-hall-commands';
