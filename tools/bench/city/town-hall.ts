// The one door from the bench to the seed generator. eslint.config.mjs lets
// scope:tools depend on shared and the contexts but not on scope:tools, so a
// tool cannot use the seed library (tools/seed) it sits next to; the demo
// seeder (scope:app) may. Proposed fix: add 'scope:tools' to that constraint.
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
export { generateTownHall, townHallEvents } from '@maillage/tools/seed';
// eslint-disable-next-line @nx/enforce-module-boundaries -- see above
export type { TownHall, TownHallStream } from '@maillage/tools/seed';
