import { Audience, CommitteeDecisionData, GovernedField } from '@maillage/governance/domain';
import { Actor } from '@maillage/shared/kernel';

export class RecordCommitteeDecisionCommand {
  constructor(
    readonly data: CommitteeDecisionData,
    readonly actor: Actor,
  ) {}
}

export class ChooseFieldSharingCommand {
  constructor(
    readonly field: GovernedField,
    readonly audiences: readonly Audience[],
    readonly actor: Actor,
  ) {}
}
