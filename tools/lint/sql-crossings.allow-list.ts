/**
 * Today's known places where a context's SQL names a table it does not own (issue 9, "contexts
 * integrate by SQL"). This list may only shrink: the scan fails on a crossing not listed here, and
 * on an entry that no longer occurs (delete it). Never add a line: publish what the other context
 * needs through its contracts instead.
 */
export const KNOWN_SQL_CROSSINGS: readonly { readonly file: string; readonly table: string; readonly why: string }[] = [
  // To remove in the seams work (issue 9): the skill search joins the directory's agents and units
  // for names, units and the departed filter; competences will keep its own copy from integration events.
  { file: 'libs/competences/infrastructure/src/lib/postgres-competences-read-model.ts', table: 'directory_agents', why: 'skill search joins agents' },
  { file: 'libs/competences/infrastructure/src/lib/postgres-competences-read-model.ts', table: 'directory_org_units', why: 'skill search joins units' },
  // To remove in the seams work (issue 9): the team builder reads agents and the unit tree.
  { file: 'libs/competences/infrastructure/src/lib/postgres-staffing-read-model.ts', table: 'directory_agents', why: 'team builder pool' },
  { file: 'libs/competences/infrastructure/src/lib/postgres-staffing-read-model.ts', table: 'directory_org_units', why: 'team builder unit tree' },
  // To remove in the seams work (issue 9): skill visibility walks the directory's reporting lines.
  { file: 'libs/governance/infrastructure/src/lib/skill-visibility.ts', table: 'directory_agents', why: 'hierarchy audience of skills' },
  // To remove in the seams work (issue 9): the change journal reads the shared log with knowledge of
  // other contexts' payloads (and so returns nothing under EventStoreDB).
  // A migration already run resets the directory's own checkpoints: migrations are never edited, so this
  // stays; to remove in the seams work (issue 9) only by a shared "reset these projections" helper for new ones.
  { file: 'libs/directory/infrastructure/src/lib/directory-organisation.migration.ts', table: 'projection_checkpoints', why: 'replay of its own projections' },
];
