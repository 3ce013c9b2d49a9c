import type { ImportRow, ImportSummary } from '@maillage/directory/web/data-access';
import { changeLines, finalSummary, outcomeCounts, progressText, withheldText } from './import-labels';

const row = (partial: Partial<ImportRow>): ImportRow => ({
  line: 2,
  matricule: 'M1',
  name: 'Anne Dupont',
  agentId: 'a1',
  outcome: 'changed',
  changes: [],
  errors: [],
  warnings: [],
  ...partial,
});

const summary: ImportSummary = { rows: 3, new: 1, changed: 0, unchanged: 1, error: 1, withWarnings: 0 };

describe('changeLines', () => {
  it('writes each change as « champ : avant → après » in French', () => {
    expect(
      changeLines(
        row({
          changes: [
            { field: 'postTitle', column: 'intitule_poste', from: 'Jardinier', to: 'Chef jardinier' },
            { field: 'workPhone', column: 'telephone', from: null, to: '01 23 45 67 89' },
          ],
        }),
      ),
    ).toEqual(['Intitulé du poste : Jardinier → Chef jardinier', 'Téléphone : (vide) → 01 23 45 67 89']);
  });

  it('adds the move, the new manager, the status and the departure', () => {
    expect(
      changeLines(
        row({
          move: { from: { id: 'u1', name: 'Service Paie' }, to: { id: 'u2', name: 'Service Formation' } },
          managerChange: { from: null, to: { id: 'm', name: 'Thierry Mercier' } },
          statusChange: { from: 'active', to: 'on_leave' },
          departure: { departedOn: '2026-12-31' },
        }),
      ),
    ).toEqual([
      'Unité : Service Paie → Service Formation',
      'Responsable : (vide) → Thierry Mercier',
      'Statut : Actif → En congé',
      'Départ le 31 décembre 2026',
    ]);
  });

  it("lists a new agent's values without a « before »", () => {
    expect(
      changeLines(
        row({
          outcome: 'new',
          changes: [{ field: 'lastName', column: 'nom', from: null, to: 'Testeur' }],
          move: { from: null, to: { id: 'u', name: 'Service Formation' } },
        }),
      ),
    ).toEqual(['Nom : Testeur', 'Unité : Service Formation']);
  });

  it('names a field whose values the viewer may not read, and who may, without any value', () => {
    expect(changeLines(row({ changes: [{ field: 'grade', column: 'grade', from: null, to: null, withheld: { visibleTo: ['self', 'hierarchy', 'hr'] } }] }))).toEqual([
      "Grade : valeur réservée (visible par l'agent, sa hiérarchie et la DRH)",
    ]);
    expect(withheldText({ visibleTo: [] })).toBe('valeur réservée');
  });
});

describe('import summaries', () => {
  it('counts the rows per outcome with French labels', () => {
    expect(outcomeCounts(summary)).toEqual([
      { outcome: 'new', label: 'Nouvel agent', count: 1 },
      { outcome: 'changed', label: 'Modifié', count: 0 },
      { outcome: 'unchanged', label: 'Inchangé', count: 1 },
      { outcome: 'error', label: 'En erreur', count: 1 },
    ]);
  });

  it('closes an import with what was applied and what was left out', () => {
    expect(finalSummary({ ...summary, applied: 1, failed: 0 }, 'applied')).toBe(
      'Import terminé : 1 ligne appliquée, 1 ligne en erreur non importée.',
    );
    expect(finalSummary({ ...summary, error: 0, applied: 40, failed: 2 }, 'failed')).toBe(
      'Import interrompu : 40 lignes appliquées, 2 lignes en échec.',
    );
  });

  it('says how far the application got', () => {
    expect(progressText(50, 1, 2)).toBe('50 % (1 ligne traitée sur 2)');
  });
});
