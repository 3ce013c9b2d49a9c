import { ChangeAgentFieldsCommand, agentIdForMatricule } from '@maillage/directory/application';
import { AgentRegisteredData } from '@maillage/directory/domain';
import { createTestDatabase } from '@maillage/shared/testing';
import { purgeImportReportsBefore } from './import-retention';
import { IMPORT_TEST_MIGRATIONS, ImportHarness, dlsi, eventCount, importer, seedDirectory, startImportHarness, utf8 } from './import.test-kit';

const DGS_UNIT = '0b7e6a52-5a3c-4c9a-9a57-000000000001';
const DRH_UNIT = '0b7e6a52-5a3c-4c9a-9a57-000000000002';
const PAIE_UNIT = '0b7e6a52-5a3c-4c9a-9a57-000000000003';
const dgs: AgentRegisteredData = {
  agentId: '3f1d2c4b-6a7e-4b8c-9d0e-000000000001', firstName: 'Anne', lastName: 'Directrice', usualName: null, postTitle: 'Directrice générale des services',
  unitId: DGS_UNIT, managerId: null, workEmail: 'anne.directrice@mairie.test', workPhone: null, office: null, startDate: '2010-01-04',
  hr: { matricule: 'M0001', employment: 'titulaire', category: 'A', grade: 'Administrateur' },
};
const drh: AgentRegisteredData = {
  ...dgs, agentId: '3f1d2c4b-6a7e-4b8c-9d0e-000000000002', firstName: 'Bruno', lastName: 'Ressources', postTitle: 'Directeur des ressources humaines',
  unitId: DRH_UNIT, managerId: dgs.agentId, workEmail: 'bruno.ressources@mairie.test', hr: { matricule: 'M0002', employment: 'titulaire', category: 'A', grade: 'Attaché principal' },
};
const payroll: AgentRegisteredData = {
  ...dgs, agentId: '3f1d2c4b-6a7e-4b8c-9d0e-000000000003', firstName: 'Hélène', lastName: 'Müller', postTitle: 'Gestionnaire paie',
  unitId: PAIE_UNIT, managerId: drh.agentId, workEmail: 'helene.muller@mairie.test', hr: { matricule: 'M0003', employment: 'titulaire', category: 'C', grade: 'Adjoint administratif' },
};

const HEADER = 'Matricule;Nom;Prénom;Email;Intitulé poste;Unité;Responsable;Statut;Date départ;Situation;Catégorie;Grade';
const FILE = [
  HEADER,
  'M0001;Directrice;Anne;anne.directrice@mairie.test;Directrice générale des services;Direction générale des services;;actif;;titulaire;A;Administrateur',
  'M0003;Müller;Hélène;helene.muller@mairie.test;Responsable paie;SERVICE PAIE ET CARRIERES;M0101;congé;;titulaire;B;Rédacteur',
  'M0102;Nouvelle;Zoé;zoe.nouvelle@mairie.test;Gestionnaire carrières;Service Paie et carrières;M0101;actif;;contractuel;B;',
  'M0101;Nouveau;Léon;leon.nouveau@mairie.test;Chef du service paie;Service Paie et carrières;M0002;actif;;titulaire;A;Attaché',
  'M0103;Inconnu;Unité;unite.inconnue@mairie.test;Agent;Service des Licornes;M0002;actif;;titulaire;C;Adjoint technique',
  'M0104;Sans;Chef;sans.chef@mairie.test;Agent;Service Paie et carrières;M9999;actif;;titulaire;C;Adjoint technique',
  'M0105;"Cassé;casse@mairie.test;Agent;Service Paie et carrières;M0002;actif;;titulaire;C;',
];

let harness: ImportHarness;
beforeAll(async () => {
  harness = await startImportHarness(await createTestDatabase(IMPORT_TEST_MIGRATIONS));
  await seedDirectory(
    harness,
    [
      { unitId: DGS_UNIT, name: 'Direction Générale des Services', kind: 'direction', parentId: null },
      { unitId: DRH_UNIT, name: 'Direction des Ressources Humaines', kind: 'direction', parentId: null },
      { unitId: PAIE_UNIT, name: 'Service Paie et carrières', kind: 'service', parentId: DRH_UNIT },
    ],
    [dgs, drh, payroll],
  );
});
afterAll(() => harness?.close());

const agentRow = async (agentId: string) =>
  (
    await harness.db.pool.query(
      `SELECT a.post_title, a.unit_id, a.manager_id, a.status, h.matricule, h.grade, h.category, h.employment
       FROM directory_agents a LEFT JOIN directory_agent_hr h ON h.agent_id = a.id WHERE a.id = $1`,
      [agentId],
    )
  ).rows[0];

describe('ImportService on PostgreSQL', () => {
  it('given a file with new, changed and bad rows, when dry-running, then stores a report per line and appends nothing', async () => {
    const before = await eventCount(harness);
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    expect(job).toMatchObject({ status: 'dry_run', totalRows: 7, processedRows: 0, fileName: 'annuaire.csv' });
    expect(job.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(job.summary).toMatchObject({ rows: 7, new: 2, changed: 1, unchanged: 1, error: 3, encoding: 'utf-8', delimiter: ';' });
    expect(job.rows.map((r) => [r.line, r.outcome, r.errors.map((e) => e.code)])).toEqual([
      [2, 'unchanged', []],
      [3, 'changed', []],
      [4, 'new', []],
      [5, 'new', []],
      [6, 'error', ['IMPORT.UNIT_NOT_FOUND']],
      [7, 'error', ['IMPORT.MANAGER_NOT_FOUND']],
      [8, 'error', ['IMPORT.MALFORMED_LINE']],
    ]);
    expect(await eventCount(harness)).toBe(before);
  });

  it('given a dry run, when applying, then appends the events with the importer and the file hash, reaches 100 % and shows them in the read model', async () => {
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    const started = await harness.imports.apply(job.id, importer);
    expect(started.status).toBe('applying');
    await harness.imports.settled(job.id);
    const done = await harness.imports.find(job.id, { page: 1, pageSize: 100 }, importer);
    expect(done).toMatchObject({ status: 'applied', processedRows: 7, progress: 100, summary: { applied: 3, failed: 0 } });
    expect(done.rows.filter((r) => r.applied).map((r) => r.line)).toEqual([3, 4, 5]);

    const leon = agentIdForMatricule('M0101');
    expect(await agentRow(leon)).toMatchObject({ post_title: 'Chef du service paie', unit_id: PAIE_UNIT, manager_id: drh.agentId, matricule: 'M0101', grade: 'Attaché' });
    expect(await agentRow(agentIdForMatricule('M0102'))).toMatchObject({ manager_id: leon, employment: 'contractuel', grade: null });
    expect(await agentRow(payroll.agentId)).toMatchObject({ post_title: 'Responsable paie', manager_id: leon, status: 'on_leave', category: 'B', grade: 'Rédacteur' });
    expect(await agentRow(agentIdForMatricule('M0103'))).toBeUndefined();

    const { rows: events } = await harness.db.pool.query(
      `SELECT type, metadata->>'actorId' AS actor, metadata->>'reason' AS reason FROM events WHERE metadata->>'reason' LIKE 'import:%' ORDER BY global_position`,
    );
    expect(new Set(events.map((e) => e.reason))).toEqual(new Set([`import:sha256:${job.sha256}`]));
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([importer.accountId]));
    // Each registration and the manager assignment is also recorded on the organisation stream, in the same append.
    expect(events.map((e) => e.type).sort()).toEqual(
      [
        'AgentRegistered', 'AgentRegistered', 'AgentFieldChanged', 'AgentFieldChanged', 'AgentFieldChanged', 'ManagerAssigned', 'AgentStatusChanged',
        ...Array(3).fill('OrganisationStructureChanged'),
      ].sort(),
    );
  });

  it('given the same file imported again, when dry-running and applying, then every good row is unchanged and nothing is appended', async () => {
    const before = await eventCount(harness);
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    expect(job.summary).toMatchObject({ new: 0, changed: 0, unchanged: 4, error: 3, commands: 0 });
    expect(job.previouslyApplied).toHaveLength(1);
    await harness.imports.apply(job.id, importer);
    await harness.imports.settled(job.id);
    expect(await harness.imports.find(job.id, { page: 1, pageSize: 0 }, importer)).toMatchObject({ status: 'applied', progress: 100 });
    expect(await eventCount(harness)).toBe(before);
  });

  it('given an agent edited by hand between the dry run and the application, when applying, then that row fails and the others go through', async () => {
    const job = await harness.imports.dryRun(
      utf8(HEADER, 'M0001;Directrice;Anne;anne.directrice@mairie.test;DGS;Direction générale des services;;actif;;titulaire;A;Administrateur', 'M0002;Ressources;Bruno;bruno.ressources@mairie.test;DRH;Direction des Ressources Humaines;M0001;actif;;titulaire;A;Attaché principal'),
      'postes.csv',
      importer,
    );
    expect(job.summary).toMatchObject({ changed: 2 });
    const { rows } = await harness.db.pool.query(`SELECT max(stream_version)::int AS v FROM events WHERE stream_id = $1`, [`agent-${drh.agentId}`]);
    await harness.commands.execute(new ChangeAgentFieldsCommand(drh.agentId, { office: 'Bureau 12' }, rows[0].v, importer));
    await harness.imports.apply(job.id, importer);
    await harness.imports.settled(job.id);
    const done = await harness.imports.find(job.id, { page: 1, pageSize: 10, outcomes: ['failed'] }, importer);
    expect(done.summary).toMatchObject({ applied: 1, failed: 1 });
    expect(done.rows).toEqual([expect.objectContaining({ line: 3, applied: false, applyError: expect.objectContaining({ code: 'IMPORT.CONCURRENT_EDIT' }) })]);
    expect((await agentRow(dgs.agentId)).post_title).toBe('DGS');
    expect((await agentRow(drh.agentId)).post_title).toBe('Directeur des ressources humaines');
  });

  it('given an applied import, when applying it again, then refuses with a conflict', async () => {
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    await harness.imports.apply(job.id, importer);
    await harness.imports.settled(job.id);
    await expect(harness.imports.apply(job.id, importer)).rejects.toMatchObject({ code: 'IMPORT.NOT_A_DRY_RUN', kind: 'conflict' });
    await expect(harness.imports.apply('6f1c1b7e-9a51-4c1e-8d7a-000000000000', importer)).rejects.toMatchObject({ code: 'IMPORT.NOT_FOUND' });
  });

  it('given a report, when read, then its governed values pass the redaction point for the viewer, row by row, and are withheld where it says so', async () => {
    const job = await harness.imports.dryRun(
      utf8(HEADER, 'M0002;Ressources;Bruno;bruno.ressources@mairie.test;Directeur des ressources humaines;Direction des Ressources Humaines;M0001;actif;;titulaire;A;Attaché hors classe'),
      'grade.csv',
      dlsi,
    );
    expect(job.rows[0]).toMatchObject({ matricule: null, matriculeWithheld: { visibleTo: ['self', 'hr'] } });
    expect(job.rows[0].changes).toEqual([expect.objectContaining({ field: 'grade', from: null, to: null, withheld: { visibleTo: ['self', 'hr'] } })]);
    expect(JSON.stringify(job)).not.toMatch(/Attaché|M0002/);
    const agentId = job.rows[0].agentId;
    expect(harness.redactor.calls.filter((c) => c.viewer.accountId === dlsi.accountId)).toEqual([
      { viewer: dlsi, subjectAgentId: agentId, fields: ['grade', 'matricule'], purpose: 'import' },
    ]);

    const asHr = await harness.imports.find(job.id, { page: 1, pageSize: 10 }, importer);
    expect(asHr.rows[0]).toMatchObject({ matricule: 'M0002' });
    expect(asHr.rows[0].changes).toEqual([expect.objectContaining({ field: 'grade', from: 'Attaché principal', to: 'Attaché hors classe' })]);
    expect(asHr.rows[0].changes[0]).not.toHaveProperty('withheld');
  });

  it('given a report past the retention, when purged, then its values are gone, its counts stay and it can no longer be applied', async () => {
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    const tomorrow = new Date(Date.now() + 86_400_000);
    expect(await purgeImportReportsBefore(harness.db.pool, tomorrow)).toBeGreaterThanOrEqual(1);
    const purged = await harness.imports.find(job.id, { page: 1, pageSize: 100 }, importer);
    expect(purged).toMatchObject({ rows: [], rowsTotal: 0, purgedAt: expect.any(String), summary: job.summary });
    await expect(harness.imports.apply(job.id, importer)).rejects.toMatchObject({ code: 'IMPORT.PURGED', kind: 'conflict' });
  });

  it('given a report, when paging and filtering it, then returns that page and the filtered total', async () => {
    const job = await harness.imports.dryRun(utf8(...FILE), 'annuaire.csv', importer);
    const errors = await harness.imports.find(job.id, { page: 1, pageSize: 2, outcomes: ['error'] }, importer);
    expect(errors.rows.map((r) => r.line)).toEqual([6, 7]);
    expect(errors.rowsTotal).toBe(3);
    const second = await harness.imports.find(job.id, { page: 2, pageSize: 2, outcomes: ['error'] }, importer);
    expect(second.rows.map((r) => r.line)).toEqual([8]);
  });
});
