import { DomainEvent, RecordedEvent } from '@maillage/shared/kernel';
import { Projection, ProjectionSql } from './projection';

/**
 * A context's publisher of integration events: it reads its own domain events (already upcast by
 * the store, like every read) and says what other contexts may know of them. Owned by the
 * publishing context; consumers only see `Published`, declared in its contracts.
 */
export interface Publisher<Source extends string, Published extends DomainEvent> {
  /**
   * For each domain type, the integration types it can give. A `Record` over the publisher's
   * union: a new domain type is a compile error until it is mapped (to nothing, if need be).
   */
  readonly publishes: Readonly<Record<Source, readonly Published['type'][]>>;
  /** The version of each integration type given today. */
  readonly versions: Readonly<Record<Published['type'], number>>;
  /**
   * The integration events of a batch, in log order, each in the envelope of the domain event it
   * comes from (id, stream, stream version, log position: so consumers' guards and parking work as
   * for any event). Runs in the consumer's batch transaction.
   */
  translate(events: readonly RecordedEvent[], sql: ProjectionSql): Promise<RecordedEvent<Published>[]>;
}

/**
 * A projection of another context's integration events: it declares the published types it reads
 * (typed by the publisher's union: an unknown type is a compile error) and applies them typed.
 */
export interface Consumer<Published extends DomainEvent> {
  readonly name: string;
  readonly eventTypes: readonly Published['type'][];
  readonly readModelTables: readonly string[];
  apply(events: readonly RecordedEvent<Published>[], sql: ProjectionSql): Promise<void>;
}

/**
 * The projection the runner feeds: it reads the publisher's domain types that can give what the
 * consumer reads, translates each batch and hands the consumer what it declared. Nothing is stored
 * twice, so replay, rebuild and the retry of parked events work as for any projection and old logs
 * need nothing; an event the consumer cannot apply is parked as its domain event, under the
 * consumer's name.
 */
export function subscribe<Source extends string, Published extends DomainEvent>(
  publisher: Publisher<Source, Published>,
  consumer: Consumer<Published>,
): Projection<Source> {
  const wanted = new Set<string>(consumer.eventTypes);
  const sources = Object.keys(publisher.publishes) as Source[];
  return {
    name: consumer.name,
    eventTypes: sources.filter((type) => publisher.publishes[type].some((published) => wanted.has(published))),
    readModelTables: consumer.readModelTables,
    async apply(events, sql) {
      const published = (await publisher.translate(events, sql)).filter((event) => wanted.has(event.type));
      if (published.length > 0) await consumer.apply(published, sql);
    },
  };
}
