import { createTestDatabase } from '@maillage/shared/testing';
import { IMPORT_TEST_MIGRATIONS, ImportHarness, eventCount, importer, seedDirectory, startImportHarness } from './import.test-kit';

/**
 * A town hall's whole directory in one file: 5,000 new agents under 10
 * directors and 100 heads of service, listed reports first so that the plan
 * has to order the registrations. Prints how long each stage takes; speed is
 * a figure to read, not an assertion.
 */
const DGS_UNIT = '5a000000-0000-4000-8000-000000000000';
const unitId = (d: number, s?: number) => `5a000000-0000-4000-8000-${String(1 + d * 100 + (s ?? 99)).padStart(12, '0')}`;

function generateFile(grade: string): Buffer {
  const lines = ['matricule;nom;prenom;email;intitule_poste;unite;responsable;statut;situation;categorie;grade;telephone;bureau'];
  const people: string[] = [];
  let n = 0;
  const add = (matricule: string, post: string, unit: string, manager: string) => {
    n++;
    people.push(`${matricule};Agent-${n};Élodie;agent.${n}@mairie.test;${post};${unit};${manager};actif;titulaire;B;${grade};01 23 45 ${String(n % 100).padStart(2, '0')} 00;Hôtel de ville`);
  };
  for (let d = 0; d < 10; d++) {
    add(`DIR${d}`, `Directeur ${d}`, `Direction numéro ${d}`, 'M0001');
    for (let s = 0; s < 10; s++) {
      add(`SRV${d}-${s}`, `Chef du service ${d}.${s}`, `Service ${d}.${s}`, `DIR${d}`);
      // 10 directors, 100 heads of service and 4,890 agents: 5,000 rows.
      for (let a = 0; a < 49 && !(d === 9 && s === 9 && a === 39); a++) add(`AGT${d}-${s}-${a}`, `Gestionnaire ${a}`, `Service ${d}.${s}`, `SRV${d}-${s}`);
    }
  }
  // Reports before their managers: the planner orders the registrations, not the file.
  lines.push(...people.reverse());
  return Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
}

let harness: ImportHarness;
beforeAll(async () => {
  harness = await startImportHarness(await createTestDatabase(IMPORT_TEST_MIGRATIONS));
  const units = [{ unitId: DGS_UNIT, name: 'Direction Générale des Services', kind: 'direction' as const, parentId: null }];
  for (let d = 0; d < 10; d++) {
    units.push({ unitId: unitId(d), name: `Direction numéro ${d}`, kind: 'direction', parentId: null });
    for (let s = 0; s < 10; s++) units.push({ unitId: unitId(d, s), name: `Service ${d}.${s}`, kind: 'service' as never, parentId: unitId(d) as never });
  }
  await seedDirectory(harness, units, [
    {
      agentId: '5b000000-0000-4000-8000-000000000001', firstName: 'Anne', lastName: 'Directrice', usualName: null, postTitle: 'DGS', unitId: DGS_UNIT,
      managerId: null, workEmail: 'dgs@mairie.test', workPhone: null, office: null, startDate: null, hr: { matricule: 'M0001' },
    },
  ]);
}, 120_000);
afterAll(() => harness?.close());

const seconds = (since: number) => ((Date.now() - since) / 1000).toFixed(2);

async function importFile(bytes: Buffer, label: string) {
  let start = Date.now();
  const job = await harness.imports.dryRun(bytes, `${label}.csv`, importer);
  const dryRun = seconds(start);
  start = Date.now();
  await harness.imports.apply(job.id, importer);
  await harness.imports.settled(job.id);
  const apply = seconds(start);
  const done = await harness.imports.find(job.id, { page: 1, pageSize: 0 }, importer);
  console.log(`[import 5,000 rows: ${label}] dry run ${dryRun} s, apply (incl. read models caught up) ${apply} s — ${JSON.stringify(done.summary)}`);
  return { job, done };
}

describe('importing a 5,000-row file', () => {
  it('given 5,000 new agents listed reports first, when importing, then registers them all with their managers and reaches 100 %', async () => {
    const before = await eventCount(harness);
    const { job, done } = await importFile(generateFile('Rédacteur'), 'creation');
    expect(job.summary).toMatchObject({ rows: 5000, new: 5000, error: 0, waves: 3 });
    expect(done).toMatchObject({ status: 'applied', progress: 100, summary: { applied: 5000, failed: 0 } });
    // Each registration is also recorded on the organisation stream, in the same append.
    expect((await eventCount(harness)) - before).toBe(10_000);
    const { rows } = await harness.db.pool.query(`SELECT count(*)::int AS n, count(manager_id)::int AS managed FROM directory_agents`);
    expect(rows[0]).toEqual({ n: 5001, managed: 5000 });
  }, 300_000);

  it('given the same file again, when dry-running, then all 5,000 rows are unchanged', async () => {
    const start = Date.now();
    const again = await harness.imports.dryRun(generateFile('Rédacteur'), 'creation.csv', importer);
    console.log(`[import 5,000 rows: same file] dry run ${seconds(start)} s`);
    expect(again.summary).toMatchObject({ unchanged: 5000, commands: 0 });
  }, 120_000);

  it('given every grade changed, when importing, then changes 5,000 agents', async () => {
    const before = await eventCount(harness);
    const { done } = await importFile(generateFile('Rédacteur principal de 2e classe'), 'promotion');
    expect(done.summary).toMatchObject({ changed: 5000, applied: 5000, failed: 0 });
    expect((await eventCount(harness)) - before).toBe(5000);
  }, 300_000);
});
