import { Projection } from '@maillage/shared/event-store';

/** The projections a command names (`all` or one name); exits with usage (code 2) otherwise. */
export function chooseProjections(command: string, name: string | undefined, projections: readonly Projection[]): readonly Projection[] {
  const chosen = name === 'all' ? projections : projections.filter((p) => p.name === name);
  if (!name || chosen.length === 0) {
    console.error(`Usage: npm run ${command} -- <${projections.map((p) => p.name).join('|')}|all>`);
    process.exit(2);
  }
  return chosen;
}
