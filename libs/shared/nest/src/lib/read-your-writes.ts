import { Inject, Injectable, Optional } from '@nestjs/common';
import type { CommandAccepted } from '@maillage/shared/contracts';
import { CommandOutcome } from '@maillage/shared/kernel';
import { ReadModelWaiter } from '@maillage/shared/event-store';

export const READ_MODEL_WAIT_MS = Symbol('ReadModelWaitMs');

/**
 * Turns a command outcome into the HTTP answer, after waiting (bounded) for
 * the read models to reach the command's position: the next GET then shows
 * the user their own write. The write has committed by now: whatever happens
 * while waiting, the answer is a success, with `consistent: false` when the
 * read side could not be confirmed.
 */
@Injectable()
export class ReadYourWrites {
  constructor(
    private readonly waiter: ReadModelWaiter,
    @Optional() @Inject(READ_MODEL_WAIT_MS) private readonly waitMs = 3000,
  ) {}

  async answer(id: string, outcome: CommandOutcome): Promise<CommandAccepted> {
    const position = outcome.logPosition ?? null;
    const consistent = position === null ? true : await this.waiter.waitFor(position, this.waitMs, outcome.eventTypes).catch(() => false);
    return { id, version: outcome.streamVersion ?? -1, position, consistent };
  }
}
