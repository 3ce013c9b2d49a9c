import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { Candidate, TeamProposal, proposeTeams, orgProximity } from '@maillage/competences/domain';
import { ProposedTeam, TeamBuilderRequest, TeamProposalSet } from '@maillage/competences/contracts';
import { Viewer } from '@maillage/governance/contracts';
import { Actor, CLOCK, Clock, DomainError, EVENT_STORE, EventStore, commandContextFor } from '@maillage/shared/kernel';

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
    const context = commandContextFor(actor, this.clock, { reason: set.title });
    await this.store.append(teamProposalStreamId(set.id), [{ eventId: context.newEventId(), type: 'TeamProposalsSaved', data: set, metadata: context.metadata }], 'no_stream');
    return set;
  }

  async find(id: string): Promise<TeamProposalSet> {
    const [saved] = await this.store.readStream(teamProposalStreamId(id));
    if (!saved) throw new DomainError('COMPETENCES.PROPOSAL_NOT_FOUND', 'not_found', 'Proposition d’équipe introuvable.');
    return saved.data as TeamProposalSet;
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
