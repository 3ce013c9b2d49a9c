import { LogPosition } from '@maillage/shared/kernel';
import { Writers } from '../append/workload';
import { sleep } from '../stats';
import { LateCommitDriver, LateCommitReader, OpenTransaction } from './late-commit-driver';

const SLOW = 'SlowTransactionAppended';
const FAST = 'FastWriterAppended';

/** T1 is the slow transaction, T2 the writer that commits while T1 is open. */
interface Staged {
  readonly slow: OpenTransaction;
  readonly expected: readonly string[];
}

export interface Scenario {
  readonly name: string;
  readonly story: string;
  stage(driver: LateCommitDriver): Promise<Staged>;
}

export const SCENARIOS: readonly Scenario[] = [
  {
    name: 'A',
    story: 'T1 appends and stays open; T2 appends and commits (T1 has the lower transaction id and position).',
    async stage(driver) {
      const slow = await driver.begin();
      await slow.append('agent-slow', -1, SLOW);
      await driver.append('agent-fast', -1, FAST);
      return { slow, expected: [SLOW, FAST] };
    },
  },
  {
    name: 'B',
    story:
      'T2 takes its transaction id first; T1 appends and stays open; T2 appends and commits ' +
      '(T2: lower transaction id, higher position).',
    async stage(driver) {
      const fast = await driver.begin();
      await fast.takeTransactionId();
      const slow = await driver.begin();
      await slow.append('agent-slow', -1, SLOW);
      await fast.append('agent-fast', -1, FAST);
      await fast.commit();
      return { slow, expected: [SLOW, FAST] };
    },
  },
  {
    name: 'C',
    story:
      'T1 takes its transaction id first; T2 appends and commits; T1 appends and stays open ' +
      '(T1: lower transaction id, higher position).',
    async stage(driver) {
      const slow = await driver.begin();
      await slow.takeTransactionId();
      await driver.append('agent-fast', -1, FAST);
      await slow.append('agent-slow', -1, SLOW);
      return { slow, expected: [SLOW, FAST] };
    },
  },
];

export interface ScenarioOutcome {
  readonly scenario: string;
  readonly store: string;
  /** Delivered while T1 was still open. */
  readonly whileOpen: readonly string[];
  readonly delivered: readonly string[];
  readonly lost: readonly string[];
  readonly slow: LogPosition;
  readonly fast: LogPosition;
}

/** Waits until `done`, or until the reader has been handed nothing new for `quietMs`. */
async function settle(reader: LateCommitReader, done: () => boolean, quietMs: number): Promise<void> {
  let seen = reader.deliveredTypes.length;
  let lastChange = Date.now();
  while (!done() && Date.now() - lastChange < quietMs) {
    await sleep(20);
    if (reader.deliveredTypes.length !== seen) {
      seen = reader.deliveredTypes.length;
      lastChange = Date.now();
    }
  }
}

/**
 * One reader runs from before the first append to the end, as a deployed
 * consumer does: it reads while T1 is open, then T1 commits and it goes on
 * from wherever it had got to.
 */
export async function runScenario(driver: LateCommitDriver, scenario: Scenario): Promise<ScenarioOutcome> {
  const reader = await driver.startReader();
  try {
    const { slow, expected } = await scenario.stage(driver);
    await sleep(driver.settleMs);
    const whileOpen = [...reader.deliveredTypes];
    await slow.commit();
    await settle(reader, () => expected.every((t) => reader.deliveredTypes.includes(t)), 2 * driver.settleMs);
    // Long enough for a duplicate or a straggler to show up too.
    await sleep(driver.settleMs);
    const positions = await driver.positions();
    return {
      scenario: scenario.name,
      store: driver.store,
      whileOpen,
      delivered: [...reader.deliveredTypes],
      lost: expected.filter((t) => !reader.deliveredTypes.includes(t)),
      slow: positions[SLOW],
      fast: positions[FAST],
    };
  } finally {
    await reader.stop();
  }
}

export interface ConcurrentOutcome {
  readonly store: string;
  readonly appended: number;
  /** Events whose position is below that of an event from an older transaction. */
  readonly inverted: number;
  /** Delivered to the reader that ran during the appends. */
  readonly delivered: number;
  readonly lost: number;
  /** Delivered to a second reader started from the beginning once writing had stopped. */
  readonly freshReader: number;
}

/** Lets the reader run until it has everything or stops making progress. */
async function drain(reader: LateCommitReader, stored: readonly string[], settleMs: number): Promise<number> {
  await settle(reader, () => stored.every((id) => reader.deliveredIds.has(id)), 2 * settleMs);
  return stored.filter((id) => reader.deliveredIds.has(id)).length;
}

/**
 * No staging at all: 8 writers append single events through the public API
 * while the reader runs, then the reader gets time to catch up. Whatever
 * order transaction ids and positions come in is the store's own.
 */
export async function runConcurrentWriters(driver: LateCommitDriver, durationMs: number): Promise<ConcurrentOutcome> {
  const live = await driver.startReader();
  let stored: string[];
  let delivered: number;
  try {
    await new Writers({ writers: 8, batchSize: 1 }).run(driver.target, durationMs);
    stored = await driver.storedIds();
    delivered = await drain(live, stored, driver.settleMs);
  } finally {
    await live.stop();
  }
  const fresh = await driver.startReader();
  try {
    const freshReader = await drain(fresh, stored, driver.settleMs);
    return {
      store: driver.store,
      appended: stored.length,
      inverted: await driver.countInverted(),
      delivered,
      lost: stored.length - delivered,
      freshReader,
    };
  } finally {
    await fresh.stop();
  }
}
