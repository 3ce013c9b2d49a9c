import { NewEvent } from '@maillage/shared/kernel';

/** One way of writing events, measured under the same workload as the others. */
export interface AppendTarget {
  /**
   * Appends to a stream whose last version (0-based) is `version`, -1 for a
   * new stream. Must check that version when the target can.
   */
  append(streamId: string, version: number, events: readonly NewEvent[]): Promise<void>;
  close(): Promise<void>;
}
