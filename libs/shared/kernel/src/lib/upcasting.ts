import { RecordedEvent } from './event';
import { NewEvent } from './event-store';

/**
 * One pure step of an event type's stored payload, from `fromVersion` to `fromVersion + 1`.
 * It must accept anything that version ever held (fail closed on doubtful values), and never
 * needs earlier events: every reader gets the same answer from the event alone.
 */
export interface Upcaster {
  readonly type: string;
  readonly fromVersion: number;
  readonly upcast: (data: unknown) => unknown;
}

/**
 * What a context has ever stored: the version it writes today for each of its event types (a
 * `Record` over its event union, so a type cannot be missing), and the steps up to it.
 */
export interface StoredEventCatalog {
  readonly context: string;
  readonly versions: Readonly<Record<string, number>>;
  readonly upcasters: readonly Upcaster[];
}

/**
 * Upcasters per (type, version), applied by the event store on every read (streams, the global
 * log): deciders, projections and history queries only ever see the current shape. `schemaVersion`
 * is the key; the store writes each type's current version.
 */
export class UpcasterRegistry {
  private readonly current = new Map<string, number>();
  private readonly steps = new Map<string, Upcaster['upcast']>();

  constructor(catalogs: readonly StoredEventCatalog[]) {
    for (const catalog of catalogs) {
      for (const [type, version] of Object.entries(catalog.versions)) {
        if (this.current.has(type)) throw new Error(`Event type ${type} is declared by two contexts`);
        if (!Number.isInteger(version) || version < 1) throw new Error(`Event type ${type}: version ${version} is not a positive integer`);
        this.current.set(type, version);
      }
      for (const step of catalog.upcasters) {
        const key = `${step.type}@${step.fromVersion}`;
        const target = this.current.get(step.type);
        if (target === undefined || step.fromVersion < 1 || step.fromVersion >= target) {
          throw new Error(`Upcaster ${key} of ${catalog.context} leads nowhere: current version is ${target ?? 'undeclared'}`);
        }
        if (this.steps.has(key)) throw new Error(`Two upcasters for ${key}`);
        this.steps.set(key, step.upcast);
      }
    }
    for (const [type, version] of this.current) {
      for (let v = 1; v < version; v++) if (!this.steps.has(`${type}@${v}`)) throw new Error(`No upcaster for ${type}@${v}`);
    }
  }

  /** The version written today (1 for a type no catalog declares, e.g. a test's own). */
  currentVersion(type: string): number {
    return this.current.get(type) ?? 1;
  }

  /** Event types declared by the catalogs, with their current version. */
  declared(): ReadonlyMap<string, number> {
    return this.current;
  }

  /** The event in its current shape; the same object when it already is. */
  upcast<E extends Pick<RecordedEvent, 'type' | 'schemaVersion' | 'data'>>(event: E): E {
    const target = this.currentVersion(event.type);
    if (event.schemaVersion >= target) return event;
    let data: unknown = event.data;
    for (let v = event.schemaVersion; v < target; v++) {
      const step = this.steps.get(`${event.type}@${v}`);
      if (step) data = step(data);
    }
    return { ...event, data, schemaVersion: target };
  }

  /** The version an appended event is stored under: its own if given, else today's. */
  versionOf(event: Pick<NewEvent, 'type' | 'schemaVersion'>): number {
    return event.schemaVersion ?? this.currentVersion(event.type);
  }
}

/** No context declared: every event is read as stored and written as version 1. */
export const NO_UPCASTERS = new UpcasterRegistry([]);

/**
 * Types one step against a context's stored shapes (`Stored[type][version]` is the payload of that
 * type at that version), so a step cannot read or write the wrong shape.
 */
export function upcaster<Stored, T extends keyof Stored & string, V extends keyof Stored[T] & number>(
  type: T,
  fromVersion: V,
  upcast: (data: Stored[T][V]) => unknown,
): Upcaster {
  return { type, fromVersion, upcast: upcast as (data: unknown) => unknown };
}
