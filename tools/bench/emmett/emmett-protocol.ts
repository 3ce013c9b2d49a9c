import { WorkloadShape } from '../append/workload';
import { Repetition } from '../append/measure';
import { ConcurrentOutcome, ScenarioOutcome } from '../late-commit/scenarios';

/** Requests the bench sends to the Emmett child process, and their answers. */
export type EmmettRequest =
  | { readonly kind: 'open-appends'; readonly url: string; readonly shape: WorkloadShape; readonly warmupMs: number }
  | { readonly kind: 'repetition'; readonly durationMs: number }
  | { readonly kind: 'close-appends' }
  | { readonly kind: 'late-commit'; readonly url: string; readonly scenario: string }
  | { readonly kind: 'concurrent-writers'; readonly url: string; readonly durationMs: number }
  | { readonly kind: 'peak-rss' };

export interface EmmettAnswers {
  'open-appends': null;
  repetition: Repetition;
  'close-appends': null;
  'late-commit': ScenarioOutcome;
  'concurrent-writers': ConcurrentOutcome;
  'peak-rss': number;
}

export type EmmettReply = { readonly id: number; readonly ok: true; readonly value: unknown } | { readonly id: number; readonly ok: false; readonly error: string };
