import { randomUUID } from 'node:crypto';
import { EventMetadata, NewEvent } from '@maillage/shared/kernel';

export const SAMPLE_EVENT_TYPES = ['AgentProfileUpdated', 'AgentSkillDeclared', 'AgentAssignedToService'] as const;

const SERVICES = ["Direction de l'espace public", 'Direction des systèmes d’information', 'Pôle enfance et éducation'];
const SKILLS = ['urbanisme', 'concertation', 'marchés publics', 'accueil du public', 'SIG', 'budget'];

/** Streams are named by one function per aggregate, as in the app (`agent-<id>`). */
export const agentStream = (id: string) => `agent-${id}`;

/**
 * An event shaped like the app's: ~300 bytes of JSON data (an agent's
 * directory card) plus the kernel's metadata. Fresh ids every time, so
 * neither PostgreSQL nor the JSON encoder sees repeated values.
 */
export function sampleEvent(sequence: number): NewEvent {
  const n = sequence % 1000;
  const data = {
    agentId: randomUUID(),
    displayName: `Camille Nguyen-Durand ${n}`,
    email: `camille.nguyen-durand.${n}@mairie-exemple.fr`,
    serviceName: SERVICES[n % SERVICES.length],
    jobTitle: 'Cheffe de projet mobilités',
    skills: [SKILLS[n % SKILLS.length], SKILLS[(n + 2) % SKILLS.length], SKILLS[(n + 4) % SKILLS.length]],
    phone: '+33 1 23 45 67 89',
  };
  const metadata: EventMetadata = {
    actorId: randomUUID(),
    roles: ['agent', 'rh'],
    correlationId: randomUUID(),
    causationId: randomUUID(),
    occurredAt: new Date().toISOString(),
    reason: 'Mise à jour de la fiche annuaire',
  };
  return { eventId: randomUUID(), type: SAMPLE_EVENT_TYPES[sequence % SAMPLE_EVENT_TYPES.length], data, metadata };
}

export function sampleBatch(size: number, firstSequence: number): NewEvent[] {
  return Array.from({ length: size }, (_, i) => sampleEvent(firstSequence + i));
}
