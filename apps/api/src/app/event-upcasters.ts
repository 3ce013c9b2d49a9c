import { competencesStoredEvents } from '@maillage/competences/domain';
import { directoryStoredEvents } from '@maillage/directory/domain';
import { governanceStoredEvents } from '@maillage/governance/domain';
import { identityStoredEvents } from '@maillage/identity/domain';
import { UpcasterRegistry } from '@maillage/shared/kernel';

/** Every context's stored event shapes: the event store reads through these and writes current versions. */
export const eventUpcasters = new UpcasterRegistry([directoryStoredEvents, identityStoredEvents, governanceStoredEvents, competencesStoredEvents]);
