import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Candidate, TeamProposal, proposeTeams, orgProximity } from '@maillage/competences/domain';
import { ProposedTeam, TeamBuilderRequest, TeamProposalSet } from '@maillage/competences/contracts';
import { REDACTOR, Redactor, Viewer } from '@maillage/governance/contracts';
import { Actor, CLOCK, Clock, DomainError, EVENT_STORE, EventStore, commandContextFor } from '@maillage/shared/kernel';
import { teamsAsShown } from './governed-fields/teams-as-shown';
import { ProposalBasis, SavedProposal, VisibleSkills, mayReadProposal, proposalForReader } from './saved-proposal';

/** Why the team builder reads people: the audit says so. */
const STAFFING = 'staffing';

export const teamProposalStreamId = (id: string) => `teamproposal-${id}`;

/** What the staffing read side gives the team builder: only skills shared "staffing only" or wider. */
export interface StaffingData {
  readonly candidates: readonly Candidate[];
  readonly unitParents: ReadonlyMap<string, string | null>;
  readonly skillNames: ReadonlyMap<string, string>;
  readonly directionNames: ReadonlyMap<string, string>;
  readonly people: ReadonlyMap<string, { readonly displayName: string; readonly postTitle: string }>;
}

export interface StaffingReadModel {
  staffingData(viewer: Viewer, skillIds: readonly string[], fixedIds: readonly string[]): Promise<StaffingData>;
  /** Of these agents' skills, those the viewer may use for staffing now, with their current level. */
  visibleSkills(viewer: Viewer, agentIds: readonly string[], skillIds: readonly string[]): Promise<VisibleSkills>;
}
export const STAFFING_READ_MODEL = Symbol('StaffingReadModel');

/**
 * Proposes three alternative teams and saves them as an event, so the set can
 * be shared by link and its making replayed. It advises; the project lead decides.
 */
@Injectable()
export class TeamBuilder {
  constructor(
    @Inject(STAFFING_READ_MODEL) private readonly staffing: StaffingReadModel,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REDACTOR) private readonly redactor: Redactor,
  ) {}

  async propose(request: TeamBuilderRequest, actor: Actor): Promise<TeamProposalSet> {
    const data = await this.staffing.staffingData(actor, request.requirements.map((r) => r.skillId), request.fixedMemberIds);
    const result = proposeTeams(
      { ...request, alternatives: 3 },
      data.candidates,
      { graph: orgProximity(data.unitParents), labels: { skillNames: data.skillNames, directionNames: data.directionNames } },
    );
    const set: TeamProposalSet = {
      id: randomUUID(),
      title: request.title?.trim() || 'Proposition d’équipe',
      createdAt: this.clock.now().toISOString(),
      createdBy: actor.agentId,
      request,
      proposals: result.proposals.map((p) => this.describe(p, data)),
    };
    const basis: ProposalBasis = Object.fromEntries(result.proposals.flatMap((p) => p.members.map((m) => [m.agentId, { directionId: m.directionId, unitId: m.unitId }])));
    const context = commandContextFor(actor, this.clock, { reason: set.title });
    await this.store.append(
      teamProposalStreamId(set.id),
      [{ eventId: context.newEventId(), type: 'TeamProposalsSaved', data: { ...set, basis }, metadata: context.metadata }],
      'no_stream',
    );
    // The log keeps what was proposed; each answer shows it as the policy lets this reader see it.
    return teamsAsShown(this.redactor, actor, set, STAFFING);
  }

  /**
   * A saved set, for its author and HR only (anyone else: not found, so its
   * existence is not confirmed), re-filtered for the reader on every read.
   */
  async find(id: string, viewer: Viewer): Promise<TeamProposalSet> {
    const [saved] = await this.store.readStream(teamProposalStreamId(id));
    const { basis, ...set } = (saved?.data ?? {}) as TeamProposalSet & { basis?: ProposalBasis };
    const proposal: SavedProposal | null = saved ? { set, authorAccountId: saved.metadata.actorId, basis: basis ?? null } : null;
    if (!proposal || !mayReadProposal(viewer, proposal)) {
      throw new DomainError('COMPETENCES.PROPOSAL_NOT_FOUND', 'not_found', 'Proposition d’équipe introuvable : vérifiez le lien, ou demandez à la personne qui l’a enregistrée.');
    }
    const members = set.proposals.flatMap((p) => p.members);
    const visible = await this.staffing.visibleSkills(
      viewer,
      [...new Set(members.map((m) => m.agentId))],
      [...new Set(members.flatMap((m) => m.covers.map((c) => c.skillId)))],
    );
    return teamsAsShown(this.redactor, viewer, proposalForReader(proposal, visible), STAFFING);
  }

  private describe(proposal: TeamProposal, data: StaffingData): ProposedTeam {
    return {
      members: proposal.members.map((m) => ({
        agentId: m.agentId,
        displayName: data.people.get(m.agentId)?.displayName ?? m.agentId,
        postTitle: data.people.get(m.agentId)?.postTitle ?? '',
        directionName: data.directionNames.get(m.directionId) ?? null,
        covers: m.covers.map((c) => ({ skillId: c.skillId, label: data.skillNames.get(c.skillId) ?? c.skillId, level: c.level })),
        committedShare: m.committedShare,
        fixed: m.fixed,
        explanation: m.explanation,
      })),
      uncovered: proposal.uncovered.map((u) => ({ skillId: u.skillId, label: data.skillNames.get(u.skillId) ?? u.skillId, missing: u.missingSeats })),
      directions: proposal.directionIds.map((id) => ({ id, name: data.directionNames.get(id) ?? null })),
      communicationCost: proposal.communication.cost,
      summary: proposal.notes.join(' '),
    };
  }
}
