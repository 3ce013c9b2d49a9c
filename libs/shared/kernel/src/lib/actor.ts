import { Clock } from './clock';
import { EventMetadata } from './event';

/** The authenticated person behind a request, as the server established it. */
export interface Actor {
  readonly accountId: string;
  readonly agentId: string | null;
  readonly roles: readonly string[];
  /** The HTTP request id: becomes the correlation id of every event it causes. */
  readonly requestId: string;
}

/** A system actor for work nobody asked for over HTTP (seeding, imports by CLI). */
export const systemActor = (requestId: string): Actor => ({ accountId: 'system', agentId: null, roles: ['system'], requestId });

export function eventMetadataFor(
  actor: Actor,
  clock: Clock,
  extra: { reason?: string; decisionRef?: string; causationId?: string } = {},
): EventMetadata {
  return {
    actorId: actor.accountId,
    actorAgentId: actor.agentId,
    roles: actor.roles,
    correlationId: actor.requestId,
    causationId: extra.causationId ?? actor.requestId,
    occurredAt: clock.now().toISOString(),
    ...(extra.reason ? { reason: extra.reason } : {}),
    ...(extra.decisionRef ? { decisionRef: extra.decisionRef } : {}),
  };
}

/** The context `handleCommand` needs, for a command sent by `actor`. */
export function commandContextFor(
  actor: Actor,
  clock: Clock,
  options: { expectedVersion?: number; reason?: string } = {},
): { metadata: EventMetadata; newEventId: () => string; expectedVersion?: number } {
  return {
    metadata: eventMetadataFor(actor, clock, { reason: options.reason }),
    newEventId: () => globalThis.crypto.randomUUID(),
    ...(options.expectedVersion !== undefined ? { expectedVersion: options.expectedVersion } : {}),
  };
}
