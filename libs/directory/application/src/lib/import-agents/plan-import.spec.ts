import { ImportPlan } from './import-plan';
import { DGS, DLSI_UNIT, DRH, DRH_UNIT, GONE, HEADER, PAIE_UNIT, PAYROLL, SNAPSHOT, UNNUMBERED, applyPlan, rowsOf } from './import.fixtures';
import { agentIdForMatricule } from './match-rows';
import { planImport } from './plan-import';
import { DirectorySnapshot } from './snapshot';

// HEADER: matricule;nom;prenom;email;intitule_poste;unite;responsable;statut;date_depart;situation;categorie;grade
const dgsLine = 'M0001;Directrice;Anne;anne.directrice@mairie.test;Directrice générale des services;Direction Générale des Services;;actif;;titulaire;A;';
const drhLine = 'M0002;Ressources;Bruno;bruno.ressources@mairie.test;Directeur des ressources humaines;Direction des Ressources Humaines;M0001;actif;;titulaire;A;Attaché principal';
const payrollLine = 'M0003;Müller;Hélène;helene.muller@mairie.test;Gestionnaire paie;Service Paie et carrières;M0002;actif;;titulaire;C;Adjoint administratif';
const newcomer = (matricule: string, manager: string, extra = ';actif;;titulaire;B;Rédacteur') =>
  `${matricule};Nouveau;Léon;leon.${matricule.toLowerCase()}@mairie.test;Chargé de mission;Direction des Ressources Humaines;${manager}${extra}`;

const plan = (lines: string[], snapshot: DirectorySnapshot = SNAPSHOT) => planImport(rowsOf(HEADER, ...lines), snapshot);
const row = (p: ImportPlan, line: number) => p.rows.find((r) => r.line === line)!;
const codes = (p: ImportPlan, line: number) => row(p, line).errors.map((e) => e.code);

describe('planImport: rows that match the directory', () => {
  it('given the directory as it is, when planning, then every row is unchanged and nothing is to run', () => {
    const p = plan([dgsLine, drhLine, payrollLine]);
    expect(p.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged']);
    expect(p.tasks).toEqual([]);
  });

  it('given a new post title and grade, when planning, then lists the field changes and one command expecting the version seen', () => {
    const p = plan([payrollLine.replace('Gestionnaire paie', 'Responsable paie').replace('Adjoint administratif', 'Adjoint administratif principal')]);
    expect(row(p, 2)).toMatchObject({
      outcome: 'changed',
      agentId: PAYROLL.agentId,
      changes: [
        { field: 'postTitle', column: 'intitule_poste', from: 'Gestionnaire paie', to: 'Responsable paie' },
        { field: 'grade', column: 'grade', from: 'Adjoint administratif', to: 'Adjoint administratif principal' },
      ],
    });
    expect(p.tasks).toEqual([
      {
        line: 2, agentId: PAYROLL.agentId, wave: 0, snapshotVersion: 4, dependsOn: [],
        commands: [{ type: 'ChangeAgentFields', agentId: PAYROLL.agentId, changes: { postTitle: 'Responsable paie', grade: 'Adjoint administratif principal' } }],
      },
    ]);
  });

  it('given a unit written without accents nor capitals, when planning, then recognises it and plans the move', () => {
    const p = plan([payrollLine.replace('Service Paie et carrières', "DIRECTION LOGISTIQUE ET SYSTEMES D’INFORMATION")]);
    expect(row(p, 2).move).toEqual({
      from: { id: PAIE_UNIT, name: 'Service Paie et carrières' },
      to: { id: DLSI_UNIT, name: "Direction Logistique et Systèmes d'Information" },
    });
    expect(p.tasks[0].commands).toEqual([{ type: 'MoveAgentToUnit', agentId: PAYROLL.agentId, unitId: DLSI_UNIT }]);
  });

  it('given a unit given by its id, when planning, then uses it', () => {
    const p = plan([payrollLine.replace('Service Paie et carrières', DRH_UNIT)]);
    expect(p.tasks[0].commands).toEqual([{ type: 'MoveAgentToUnit', agentId: PAYROLL.agentId, unitId: DRH_UNIT }]);
  });

  it('given another manager by matricule or by e-mail, when planning, then plans the new reporting line with both names', () => {
    for (const ref of ['M0001', 'anne.directrice@mairie.test']) {
      const p = plan([payrollLine.replace(';M0002;', `;${ref};`)]);
      expect(row(p, 2).managerChange).toEqual({ from: { id: DRH.agentId, name: 'Bruno Ressources' }, to: { id: DGS.agentId, name: 'Anne Directrice' } });
      expect(p.tasks[0].commands).toEqual([{ type: 'AssignManager', agentId: PAYROLL.agentId, managerId: DGS.agentId }]);
    }
  });

  it('given an empty manager cell, when planning, then removes the manager', () => {
    const p = plan([payrollLine.replace(';M0002;', ';;')]);
    expect(p.tasks[0].commands).toEqual([{ type: 'AssignManager', agentId: PAYROLL.agentId, managerId: null }]);
  });

  it('given « congé », when planning, then plans the status change', () => {
    const p = plan([payrollLine.replace(';actif;', ';Congé;')]);
    expect(row(p, 2).statusChange).toEqual({ from: 'active', to: 'on_leave' });
    expect(p.tasks[0].commands).toEqual([{ type: 'ChangeAgentStatus', agentId: PAYROLL.agentId, status: 'on_leave' }]);
  });

  it('given a departure with a changed post, when planning, then records the change first and the departure last', () => {
    const p = plan([payrollLine.replace('Gestionnaire paie', 'Responsable paie').replace(';actif;;', ';parti;30/06/2026;')]);
    expect(row(p, 2).departure).toEqual({ departedOn: '2026-06-30' });
    expect(p.tasks[0].commands.map((c) => c.type)).toEqual(['ChangeAgentFields', 'RecordDeparture']);
  });

  it('given only a departure date, when planning, then takes it as a departure', () => {
    const p = plan([payrollLine.replace(';actif;;', ';;2026-06-30;')]);
    expect(p.tasks[0].commands).toEqual([{ type: 'RecordDeparture', agentId: PAYROLL.agentId, departedOn: '2026-06-30' }]);
  });

  it('given a file without some columns, when planning, then leaves those fields as they are', () => {
    const p = planImport(rowsOf('matricule;nom;prenom;email;intitule_poste;unite', 'M0003;Müller;Hélène;helene.muller@mairie.test;Gestionnaire paie;Service Paie et carrières'), SNAPSHOT);
    expect(row(p, 2).outcome).toBe('unchanged');
  });

  it('given a different name or e-mail, when planning, then warns that the import does not change them', () => {
    const p = plan([payrollLine.replace('Müller;Hélène;helene.muller@', 'Muller;Hélène;h.muller@')]);
    expect(row(p, 2).outcome).toBe('unchanged');
    expect(row(p, 2).warnings.map((w) => w.code)).toEqual(['IMPORT.FIELD_NOT_UPDATED', 'IMPORT.FIELD_NOT_UPDATED']);
  });

  it('given an agent without matricule found by e-mail, when planning, then records the matricule with a warning', () => {
    const p = plan([`M0042;Petit;Claire;Claire.Petit@mairie.test;Technicienne support;Direction Logistique et Systèmes d'Information;M0001;actif;;;;`]);
    expect(row(p, 2)).toMatchObject({ outcome: 'changed', agentId: UNNUMBERED.agentId, warnings: [expect.objectContaining({ code: 'IMPORT.MATCHED_BY_EMAIL' })] });
    expect(p.tasks[0].commands).toEqual([{ type: 'ChangeAgentFields', agentId: UNNUMBERED.agentId, changes: { matricule: 'M0042' } }]);
  });
});

describe('planImport: new agents', () => {
  it('given an unknown matricule, when planning, then registers the agent with their HR fields under an id derived from the matricule', () => {
    const p = plan([newcomer('M0100', 'M0002')]);
    const agentId = agentIdForMatricule('M0100');
    expect(agentId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(row(p, 2)).toMatchObject({ outcome: 'new', agentId, managerChange: { from: null, to: { id: DRH.agentId, name: 'Bruno Ressources' } } });
    expect(p.tasks).toEqual([
      {
        line: 2, agentId, wave: 0, snapshotVersion: null, dependsOn: [],
        commands: [
          {
            type: 'RegisterAgent',
            data: {
              agentId, firstName: 'Léon', lastName: 'Nouveau', usualName: null, postTitle: 'Chargé de mission', unitId: DRH_UNIT, managerId: DRH.agentId,
              workEmail: 'leon.m0100@mairie.test', workPhone: null, office: null, startDate: null,
              hr: { matricule: 'M0100', employment: 'titulaire', category: 'B', grade: 'Rédacteur' },
            },
          },
        ],
      },
    ]);
  });

  it('given a new agent on leave, when planning, then registers them and then changes the status', () => {
    const p = plan([newcomer('M0100', 'M0002', ';congé;;titulaire;B;Rédacteur')]);
    expect(p.tasks[0].commands.map((c) => c.type)).toEqual(['RegisterAgent', 'ChangeAgentStatus']);
  });

  it('given reports listed before their new managers, when planning, then registers each manager one wave before their reports', () => {
    const p = plan([newcomer('M0103', 'M0102'), newcomer('M0102', 'M0101'), newcomer('M0101', 'M0001')]);
    expect(p.rows.map((r) => r.outcome)).toEqual(['new', 'new', 'new']);
    expect(p.tasks.map((t) => [t.line, t.wave, t.dependsOn])).toEqual([
      [4, 0, []],
      [3, 1, [agentIdForMatricule('M0101')]],
      [2, 2, [agentIdForMatricule('M0102')]],
    ]);
    expect(p.summary).toMatchObject({ rows: 3, new: 3, commands: 3, waves: 3 });
  });

  it('given an existing agent moved under a new manager, when planning, then assigns the manager in the wave after the registration', () => {
    const p = plan([payrollLine.replace(';M0002;', ';M0100;'), newcomer('M0100', 'M0002')]);
    expect(p.tasks.map((t) => [t.line, t.wave, t.commands.map((c) => c.type), t.dependsOn])).toEqual([
      [3, 0, ['RegisterAgent'], []],
      [2, 1, ['AssignManager'], [agentIdForMatricule('M0100')]],
    ]);
  });

  it('given a new agent who has already left, when planning, then there is nothing to register', () => {
    const p = plan([newcomer('M0100', 'M0002', ';parti;01/01/2026;;;')]);
    expect(row(p, 2)).toMatchObject({ outcome: 'unchanged', warnings: [expect.objectContaining({ code: 'IMPORT.DEPARTED_NOT_IN_DIRECTORY' })] });
    expect(p.tasks).toEqual([]);
  });
});

describe('planImport: bad rows', () => {
  it('given an unknown, a closed and an ambiguous unit, when planning, then refuses those rows only', () => {
    const p = plan([
      newcomer('M0100', 'M0002').replace('Direction des Ressources Humaines', 'Direction du Bonheur'),
      newcomer('M0101', 'M0002').replace('Direction des Ressources Humaines', 'Service Archives'),
      newcomer('M0102', 'M0002').replace('Direction des Ressources Humaines', 'Service Accueil'),
      newcomer('M0103', 'M0002'),
    ]);
    expect([codes(p, 2), codes(p, 3), codes(p, 4), codes(p, 5)]).toEqual([['IMPORT.UNIT_NOT_FOUND'], ['IMPORT.UNIT_CLOSED'], ['IMPORT.UNIT_AMBIGUOUS'], []]);
    expect(p.tasks.map((t) => t.line)).toEqual([5]);
  });

  it('given a manager who is nowhere, when planning, then refuses the row', () => {
    const p = plan([newcomer('M0100', 'M9999'), newcomer('M0101', 'inconnu@mairie.test')]);
    expect([codes(p, 2), codes(p, 3)]).toEqual([['IMPORT.MANAGER_NOT_FOUND'], ['IMPORT.MANAGER_NOT_FOUND']]);
    expect(row(p, 2).errors[0].message).toContain('M9999');
  });

  it('given a duplicate matricule, when planning, then refuses every row carrying it and keeps the others', () => {
    const p = plan([newcomer('M0100', 'M0002'), newcomer('M0101', 'M0002'), newcomer('M0100', 'M0002').replace('leon.m0100', 'autre')]);
    expect(p.rows.map((r) => r.outcome)).toEqual(['error', 'new', 'error']);
    expect(row(p, 2).errors[0]).toEqual({ code: 'IMPORT.DUPLICATE_MATRICULE', message: 'Le matricule M0100 figure aussi ligne 4.' });
  });

  it('given a new agent whose e-mail belongs to someone else, when planning, then refuses the row', () => {
    const p = plan([newcomer('M0100', 'M0002').replace('leon.m0100@mairie.test', 'bruno.ressources@mairie.test')]);
    expect(codes(p, 2)).toEqual(['IMPORT.EMAIL_TAKEN']);
    expect(row(p, 2).errors[0].message).toContain('Bruno Ressources');
  });

  it('given an invalid e-mail and a malformed line, when planning, then reports their lines and plans nothing for them', () => {
    const p = plan([newcomer('M0100', 'M0002').replace('leon.m0100@mairie.test', 'leon@'), 'M0101;"Nouveau', newcomer('M0102', 'M0002')]);
    expect(p.rows.map((r) => [r.line, r.outcome])).toEqual([
      [2, 'error'],
      [3, 'error'],
      [4, 'new'],
    ]);
    expect([codes(p, 2), codes(p, 3)]).toEqual([['IMPORT.EMAIL_INVALID'], ['IMPORT.MALFORMED_LINE']]);
    expect(p.summary).toMatchObject({ rows: 3, new: 1, error: 2, commands: 1 });
  });

  it('given a new manager whose own row is bad, when planning, then their reports are refused too', () => {
    const p = plan([newcomer('M0100', 'M0001').replace('Direction des Ressources Humaines', 'Nulle part'), newcomer('M0101', 'M0100')]);
    expect([codes(p, 2), codes(p, 3)]).toEqual([['IMPORT.UNIT_NOT_FOUND'], ['IMPORT.MANAGER_IN_ERROR']]);
    expect(p.tasks).toEqual([]);
  });

  it('given an existing manager whose own row is bad, when planning, then their reports are still assigned', () => {
    const p = plan([drhLine.replace('Direction des Ressources Humaines', 'Nulle part'), newcomer('M0100', 'M0002')]);
    expect(p.rows.map((r) => r.outcome)).toEqual(['error', 'new']);
  });

  it('given two rows that make each other their manager, when planning, then refuses both', () => {
    const p = plan([newcomer('M0100', 'M0101'), newcomer('M0101', 'M0100')]);
    expect([codes(p, 2), codes(p, 3)]).toEqual([['IMPORT.REPORTING_CYCLE'], ['IMPORT.REPORTING_CYCLE']]);
  });

  it('given the DGS placed under someone who reports to her, when planning, then refuses the row', () => {
    const p = plan([dgsLine.replace(';;actif;', ';M0003;actif;')]);
    expect(codes(p, 2)).toEqual(['IMPORT.REPORTING_CYCLE']);
  });

  it('given a refused row that would have broken a loop, when planning, then the row relying on it is refused too', () => {
    // Together the two rows swap the DGS and the DRH; without the DRH's row, the DGS's would make a loop.
    const drhOnTop = drhLine.replace(';M0001;', ';;');
    const valid = plan([dgsLine.replace(';;actif;', ';M0002;actif;'), drhOnTop]);
    expect(valid.rows.map((r) => r.outcome)).toEqual(['changed', 'changed']);
    const broken = plan([dgsLine.replace(';;actif;', ';M0002;actif;'), drhOnTop.replace('bruno.ressources@mairie.test', 'pas-une-adresse')]);
    expect([codes(broken, 2), codes(broken, 3)]).toEqual([['IMPORT.REPORTING_CYCLE'], ['IMPORT.EMAIL_INVALID']]);
  });

  it('given an agent as their own manager, when planning, then refuses the row', () => {
    expect(codes(plan([payrollLine.replace(';M0002;', ';M0003;')]), 2)).toEqual(['IMPORT.SELF_MANAGER']);
  });

  it('given a manager who leaves in the same file, when planning, then refuses their new reports', () => {
    const p = plan([drhLine.replace(';actif;;', ';parti;30/06/2026;'), newcomer('M0100', 'M0002')]);
    expect(row(p, 2).outcome).toBe('changed');
    expect(codes(p, 3)).toEqual(['IMPORT.MANAGER_DEPARTED']);
    // The report is read by others than HR: the manager's matricule (HR only) is never quoted.
    expect(row(p, 3).errors[0].message).not.toContain('M0002');
  });

  it('given a new manager whose row is bad, when planning, then the message about their reports does not quote the manager\'s matricule', () => {
    const p = plan([newcomer('M0100', 'M0001').replace('Direction des Ressources Humaines', 'Nulle part'), newcomer('M0101', 'M0100')]);
    expect(row(p, 3).errors.map((e) => e.message).join(' ')).not.toContain('M0100');
  });

  it('given a contract agent with a grade, when planning, then refuses the row; without the grade it passes', () => {
    expect(codes(plan([payrollLine.replace('titulaire', 'contractuel')]), 2)).toEqual(['IMPORT.CONTRACT_STAFF_HAVE_NO_GRADE']);
    const p = plan([payrollLine.replace('titulaire', 'contractuel').replace(';Adjoint administratif', ';')]);
    expect(row(p, 2).changes.map((c) => [c.field, c.to])).toEqual([
      ['employment', 'contractuel'],
      ['grade', null],
    ]);
  });

  it('given a departure date with « actif », or « parti » without a date, when planning, then refuses the row', () => {
    const p = plan([payrollLine.replace(';actif;;', ';actif;30/06/2026;'), drhLine.replace(';actif;', ';parti;')]);
    expect([codes(p, 2), codes(p, 3)]).toEqual([['IMPORT.STATUS_CONFLICT'], ['IMPORT.DEPARTURE_DATE_REQUIRED']]);
  });
});

describe('planImport: agents who have left', () => {
  const goneLine = 'M0009;Ancien;Paul;paul.ancien@mairie.test;Chargé de formation;Direction des Ressources Humaines;M0002;parti;31/12/2025;;;';

  it('given a departed agent listed as gone, when planning, then the row is unchanged', () => {
    expect(row(plan([goneLine]), 2)).toMatchObject({ outcome: 'unchanged', agentId: GONE.agentId, warnings: [] });
  });

  it('given a departed agent listed with another post, when planning, then nothing changes and a warning says so', () => {
    const p = plan([goneLine.replace('Chargé de formation', 'Formateur')]);
    expect(row(p, 2)).toMatchObject({ outcome: 'unchanged', warnings: [expect.objectContaining({ code: 'IMPORT.AGENT_DEPARTED_IGNORED' })] });
    expect(p.tasks).toEqual([]);
  });

  it('given a departed agent listed as active, when planning, then refuses the row', () => {
    expect(codes(plan([goneLine.replace(';parti;31/12/2025;', ';actif;;')]), 2)).toEqual(['IMPORT.AGENT_DEPARTED']);
  });
});

describe('planImport: idempotence', () => {
  const file = [
    dgsLine.replace(';;actif;', ';;actif;'),
    drhLine.replace('Attaché principal', 'Attaché hors classe'),
    payrollLine.replace(';M0002;', ';M0101;').replace(';actif;', ';congé;'),
    newcomer('M0102', 'M0101'),
    newcomer('M0101', 'M0002'),
    `M0042;Petit;Claire;claire.petit@mairie.test;Technicienne support;Service Paie et carrières;M0003;parti;30/06/2026;contractuel;C;`,
    newcomer('M0103', 'M0666'),
    'M0104;"cassé',
  ];

  it('given a file applied to the directory, when planning it again, then every good row is unchanged and nothing is to run', () => {
    const first = plan(file);
    expect(first.rows.map((r) => r.outcome)).toEqual(['unchanged', 'changed', 'changed', 'new', 'new', 'changed', 'error', 'error']);
    const after = applyPlan(SNAPSHOT, first);
    const second = plan(file, after);
    expect(second.rows.map((r) => r.outcome)).toEqual(['unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'unchanged', 'error', 'error']);
    expect(second.tasks).toEqual([]);
  });

  it('given a reshuffled hierarchy, when applying in the planned order, then every reporting line passes the domain’s cycle check', () => {
    const p = plan([dgsLine.replace(';;actif;', ';M0002;actif;'), drhLine.replace(';M0001;', ';;'), payrollLine.replace(';M0002;', ';M0001;')]);
    expect(p.rows.map((r) => r.outcome)).toEqual(['changed', 'changed', 'changed']);
    const after = applyPlan(SNAPSHOT, p);
    const managerOf = (id: string) => after.agents.find((a) => a.agentId === id)?.managerId;
    expect([managerOf(DGS.agentId), managerOf(DRH.agentId), managerOf(PAYROLL.agentId)]).toEqual([DRH.agentId, null, DGS.agentId]);
    expect(plan([dgsLine.replace(';;actif;', ';M0002;actif;'), drhLine.replace(';M0001;', ';;')], after).tasks).toEqual([]);
  });
});
