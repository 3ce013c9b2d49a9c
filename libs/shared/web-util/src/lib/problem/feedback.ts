import type { CommandOutcome } from './problem';

/** What the page says after a command: a confirmation (polite) or an error (assertive). */
export interface Feedback {
  readonly kind: 'success' | 'error';
  readonly text: string;
}

/**
 * Each context's own French sentences, as data: the decision of which one to show is
 * `feedbackOf`'s, the same for every page.
 */
export interface FeedbackMessages {
  /** A write the read models do not show yet (the API's bounded wait ran out). `{done}` is the confirmation. */
  readonly lagging: string;
  /** A refusal without a detail we may show (request validation, a conflict without words). */
  readonly refused: string;
  readonly forbidden: string;
  /** Show the server's reason for a 403 when it gives one (the context writes them for people). */
  readonly forbiddenDetail?: boolean;
  readonly failed: string;
  /**
   * Someone else wrote since the user read (412, or the event store's version check): our words,
   * since the server's speak of versions. Without it, a stale write is said as any conflict.
   */
  readonly stale?: string;
  /** Appended to the server's reason for a conflict, e.g. that the page was reloaded. */
  readonly afterConflict?: string;
}

export function feedbackOf(outcome: CommandOutcome, done: string, messages: FeedbackMessages): Feedback {
  const error = (text: string): Feedback => ({ kind: 'error', text });
  switch (outcome.kind) {
    case 'done':
      // The API waits (bounded) for the read models; past that bound the pages may lag a little.
      return { kind: 'success', text: outcome.consistent ? done : messages.lagging.replace('{done}', done) };
    case 'conflict':
      if (outcome.stale && messages.stale) return error(messages.stale);
      if (!outcome.detail) return error(messages.stale ?? messages.refused);
      return error(messages.afterConflict ? `${outcome.detail} ${messages.afterConflict}` : outcome.detail);
    case 'refused':
      return error(outcome.detail ?? messages.refused);
    case 'forbidden':
      return error((messages.forbiddenDetail && outcome.detail) || messages.forbidden);
    case 'failed':
      return error(messages.failed);
    default: {
      const unknown: never = outcome;
      return unknown;
    }
  }
}
