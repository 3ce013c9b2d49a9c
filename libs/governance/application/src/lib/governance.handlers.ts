import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { POLICY_STREAM_ID, policyDecider, sharingDecider, sharingStreamId } from '@maillage/governance/domain';
import { CLOCK, Clock, CommandOutcome, DomainError, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import { ChooseFieldSharingCommand, RecordCommitteeDecisionCommand } from './governance.commands';

/** Only the committee changes the policy, and every change carries its decision reference. */
@CommandHandler(RecordCommitteeDecisionCommand)
export class RecordCommitteeDecisionHandler implements ICommandHandler<RecordCommitteeDecisionCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ data, actor }: RecordCommitteeDecisionCommand) {
    const context = commandContextFor(actor, this.clock);
    return handleCommand(this.store, POLICY_STREAM_ID, policyDecider, { type: 'RecordCommitteeDecision', data }, {
      ...context,
      metadata: { ...context.metadata, decisionRef: data.decisionId, reason: data.title },
    });
  }
}

/** An agent chooses who sees their own diplomas and experience; nobody chooses for them. */
@CommandHandler(ChooseFieldSharingCommand)
export class ChooseFieldSharingHandler implements ICommandHandler<ChooseFieldSharingCommand, CommandOutcome> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  execute({ field, audiences, actor }: ChooseFieldSharingCommand) {
    if (!actor.agentId) throw new DomainError('GOVERNANCE.NO_AGENT', 'forbidden', 'Ce compte n’est rattaché à aucun agent.');
    return handleCommand(
      this.store,
      sharingStreamId(actor.agentId),
      sharingDecider,
      { type: 'ChooseFieldSharing', agentId: actor.agentId, field, audiences },
      commandContextFor(actor, this.clock),
    );
  }
}

export const GOVERNANCE_HANDLERS = [RecordCommitteeDecisionHandler, ChooseFieldSharingHandler];
