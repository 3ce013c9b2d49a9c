import { resolve } from 'node:path';
import { KNOWN_SQL_CROSSINGS } from './sql-crossings.allow-list';
import { crossingsIn, scanContexts } from './sql-crossings';

const root = resolve(__dirname, '..', '..');
const key = (c: { file: string; table: string }) => `${c.file} → ${c.table}`;

describe('SQL stays inside its context', () => {
  const found = scanContexts(root);
  const known = new Set(KNOWN_SQL_CROSSINGS.map(key));

  it('finds no new table of another context in any context’s SQL', () => {
    expect(found.map(key).filter((crossing) => !known.has(crossing))).toEqual([]);
  });

  it('lists only crossings that still exist, so the allow-list can only shrink', () => {
    const present = new Set(found.map(key));
    expect(KNOWN_SQL_CROSSINGS.map(key).filter((crossing) => !present.has(crossing))).toEqual([]);
  });

  it('reports a competences query naming a directory table', () => {
    const source = "export const sql = `SELECT s.skill_id FROM competences_agent_skills s JOIN directory_agents a ON a.id = s.agent_id`;";
    expect(crossingsIn('libs/competences/x.ts', source, 'competences')).toEqual([
      { file: 'libs/competences/x.ts', table: 'directory_agents', owner: 'directory' },
    ]);
  });

  it('reports the shared log or projection tables read outside the event store, in a template with holes', () => {
    const source = 'const q = (t: string) => `SELECT data FROM events WHERE type = ${t}`; const r = \'DELETE FROM projection_checkpoints\';';
    expect(crossingsIn('libs/identity/x.ts', source, 'identity').map((c) => c.table).sort()).toEqual(['events', 'projection_checkpoints']);
  });

  it('reports the log read from shared code other than the event store', () => {
    expect(crossingsIn('libs/shared/nest/x.ts', "const sql = 'SELECT count(*) FROM events';", 'shared')).toEqual([
      { file: 'libs/shared/nest/x.ts', table: 'events', owner: 'shared/event-store' },
    ]);
  });

  it('lets a context call what another publishes by name, and nothing else of its', () => {
    const source = "export const sql = `SELECT s.agent_id FROM competences_agent_skills s WHERE governance_skill_visible($1, $2, s.agent_id, s.scope, true, s.agent_id IN (SELECT governance_agents_below($1))) AND s.agent_id IN (SELECT agent_id FROM governance_reporting_lines)`;";
    expect(crossingsIn('libs/competences/x.ts', source, 'competences')).toEqual([
      { file: 'libs/competences/x.ts', table: 'governance_reporting_lines', owner: 'governance' },
    ]);
  });

  it('leaves a context’s own tables, comments and plain words alone', () => {
    const source = "// reads directory_agents\nexport const sql = 'SELECT * FROM governance_decisions'; export const label = 'events of the day';";
    expect(crossingsIn('libs/governance/x.ts', source, 'governance')).toEqual([]);
  });
});
