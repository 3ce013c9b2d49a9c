import { AgentHrField, AgentRegisteredData } from '@maillage/directory/domain';
import { Random } from './random';

type Category = 'A' | 'B' | 'C';
type Filiere = 'administrative' | 'technique' | 'culturelle' | 'animation';

/** Cadres d'emplois and their grades, from lowest to highest (fonction publique territoriale). */
const CAREERS: Record<Filiere, Partial<Record<Category, { cadre: string; grades: string[] }>>> = {
  administrative: {
    A: { cadre: 'Attachés territoriaux', grades: ['Attaché', 'Attaché principal', 'Attaché hors classe'] },
    B: { cadre: 'Rédacteurs territoriaux', grades: ['Rédacteur', 'Rédacteur principal de 2e classe', 'Rédacteur principal de 1re classe'] },
    C: { cadre: 'Adjoints administratifs territoriaux', grades: ['Adjoint administratif', 'Adjoint administratif principal de 2e classe', 'Adjoint administratif principal de 1re classe'] },
  },
  technique: {
    A: { cadre: 'Ingénieurs territoriaux', grades: ['Ingénieur', 'Ingénieur principal', 'Ingénieur hors classe'] },
    B: { cadre: 'Techniciens territoriaux', grades: ['Technicien', 'Technicien principal de 2e classe', 'Technicien principal de 1re classe'] },
    C: { cadre: 'Adjoints techniques territoriaux', grades: ['Adjoint technique', 'Adjoint technique principal de 2e classe', 'Adjoint technique principal de 1re classe'] },
  },
  culturelle: {
    A: { cadre: 'Attachés territoriaux de conservation du patrimoine', grades: ['Attaché de conservation', 'Attaché principal de conservation'] },
    B: { cadre: 'Assistants territoriaux de conservation', grades: ['Assistant de conservation', 'Assistant de conservation principal de 1re classe'] },
    C: { cadre: 'Adjoints territoriaux du patrimoine', grades: ['Adjoint du patrimoine', 'Adjoint du patrimoine principal de 2e classe'] },
  },
  animation: {
    B: { cadre: 'Animateurs territoriaux', grades: ['Animateur', 'Animateur principal de 2e classe'] },
    C: { cadre: 'Adjoints territoriaux d’animation', grades: ['Adjoint d’animation', 'Adjoint d’animation principal de 2e classe'] },
  },
};

const DIPLOMAS: Record<Category, string[]> = {
  A: ['Master Administration publique', 'Diplôme d’ingénieur', 'Master Droit public', 'Master Management des organisations culturelles'],
  B: ['BTS Bâtiment', 'DUT Gestion des entreprises et des administrations', 'Licence professionnelle Métiers de l’informatique', 'BTS Communication'],
  C: ['CAP Maintenance des bâtiments', 'Baccalauréat professionnel Gestion-administration', 'BAFA', 'CAP Petite enfance'],
};

function categoryOf(post: string): Category {
  if (/directeur|directrice|général|dga|chef|cheffe|ingénieur|responsable|conservat/i.test(post)) return 'A';
  if (/technicien|technicienne|chargé|chargée|rédact|gestionnaire|développeu|administrat(eur|rice) systèmes|animat|assistant de conservation/i.test(post)) return 'B';
  return 'C';
}

function filiereOf(post: string): Filiere {
  if (/technici|ingénieur|bâtiment|entretien|maintenance|travaux|systèmes|développeu|réseau|parc|mécani|électrici|plomb/i.test(post)) return 'technique';
  if (/médiathè|patrimoine|conservat|bibliothè|archiv|culture/i.test(post)) return 'culturelle';
  if (/animat|jeunesse|périscolaire/i.test(post)) return 'animation';
  return 'administrative';
}

/**
 * Plausible HR fields for each generated agent: catégorie, filière, cadre
 * d'emplois and grade from the post, some contract staff (who have no grade),
 * a unique matricule, diplomas for some. Fictitious, like the names.
 */
export function withHrFields(rng: Random, agents: readonly AgentRegisteredData[]): AgentRegisteredData[] {
  return agents.map((agent, index) => {
    const contract = index > 0 && rng.next() < 0.08;
    const category = categoryOf(agent.postTitle);
    const filiere = filiereOf(agent.postTitle);
    // Animation has no category A cadre: its A agents are administrative attachés.
    const career = CAREERS[filiere][category] ?? CAREERS.administrative[category]!;
    const hr: Partial<Record<AgentHrField, string | null>> = {
      employment: contract ? 'contractuel' : 'titulaire',
      category,
      filiere,
      cadreEmplois: contract ? null : career.cadre,
      grade: contract ? null : career.grades[Math.floor(rng.next() * career.grades.length)],
      matricule: `M${String(10001 + index)}`,
      hrCode: `RH-${String(100 + (index % 900))}`,
      dgaCode: null,
      diplomas: rng.next() < 0.35 ? DIPLOMAS[category][Math.floor(rng.next() * DIPLOMAS[category].length)] : null,
      experience: null,
    };
    return { ...agent, hr };
  });
}
