import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { RecordCommitteeDecisionCommand } from '@maillage/governance/application';
import { CommitteeDecision, VisibilityRule } from '@maillage/governance/contracts';
import { GOVERNED_FIELDS, POLICY_STREAM_ID, PolicyEvent, policyDecider } from '@maillage/governance/domain';
import { GovernanceQueries, PolicyRedactor } from '@maillage/governance/infrastructure';
import { Actor, EVENT_STORE, EventStore } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, RequireRoles } from '@maillage/shared/nest';
import type { Response } from 'express';
import { toCsv } from './csv';
import { AuditSearchRequest, PolicyAtRequest, RecordDecisionRequest } from './governance.requests';

@ApiTags('gouvernance')
@ApiBearerAuth()
@Controller('governance')
export class GovernanceController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: GovernanceQueries,
    private readonly redactor: PolicyRedactor,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(AGENT_NAMES) private readonly names: AgentNames,
  ) {}

  /**
   * Who may see which field, now or on a past date: the rules replayed from
   * the decisions taken up to that day. The policy itself is public to agents.
   */
  @Get('policy')
  async policy(@Query() request: PolicyAtRequest): Promise<{ at: string | null; rules: VisibilityRule[] }> {
    if (!request.at) {
      const current = await this.redactor.currentPolicy();
      return { at: null, rules: GOVERNED_FIELDS.map((field) => ({ field, audiences: current[field] })) };
    }
    const history = (await this.store.readStream(POLICY_STREAM_ID)) as readonly { type: string; data: unknown }[];
    const decidedBy = new Map<string, string>();
    let state = policyDecider.initialState();
    for (const { type, data } of history) {
      const event = { type, data } as PolicyEvent;
      if (event.type === 'CommitteeDecisionRecorded') decidedBy.set(event.data.decisionId, event.data.decidedOn);
      const decidedOn = event.type === 'CommitteeDecisionRecorded' ? event.data.decidedOn : decidedBy.get(event.data.decisionId);
      if (decidedOn && decidedOn <= request.at) state = policyDecider.evolve(state, event);
    }
    return { at: request.at, rules: GOVERNED_FIELDS.map((field) => ({ field, audiences: state.policy[field] })) };
  }

  @Get('decisions')
  decisions(): Promise<CommitteeDecision[]> {
    return this.queries.decisions();
  }

  @Post('decisions')
  @RequireRoles('committee')
  async record(@Body() body: RecordDecisionRequest, @CurrentActor() actor: Actor) {
    const decisionId = `decision-${randomUUID()}`;
    const outcome = await this.commands.execute(new RecordCommitteeDecisionCommand({ decisionId, ...body }, actor));
    return this.readYourWrites.answer(decisionId, outcome);
  }

  /** Reads of sensitive fields per direction and month: counts, never names. */
  @Get('audit/figures')
  @RequireRoles('committee', 'hr')
  async figures() {
    const rows = await this.queries.aggregateFigures();
    const names = await this.names.unitNamesOf([...new Set(rows.map((r) => r.directionId).filter((id): id is string => id !== null))]);
    return rows.map(({ directionId, ...row }) => ({ ...row, directionName: directionId ? (names.get(directionId) ?? null) : null }));
  }

  /** HR's audit search (who saw what), as JSON or CSV. */
  @Get('audit')
  @RequireRoles('hr')
  async audit(@Query() request: AuditSearchRequest, @Res({ passthrough: true }) response: Response) {
    const views = await this.queries.search(request);
    const ids = [...new Set(views.flatMap((v) => [v.viewerAgentId, v.subjectAgentId]).filter((id): id is string => id !== null))];
    const names = await this.names.displayNamesOf(ids);
    const rows = views.map((v) => ({
      ...v,
      viewerName: v.viewerAgentId ? (names.get(v.viewerAgentId) ?? null) : null,
      subjectName: names.get(v.subjectAgentId) ?? null,
    }));
    if (request.format !== 'csv') return rows;
    response.setHeader('Content-Type', 'text/csv; charset=utf-8');
    response.setHeader('Content-Disposition', 'attachment; filename="journal-des-consultations.csv"');
    return toCsv(
      ['date', 'consultant', 'agent consulté', 'champs', 'motif', 'requête'],
      rows.map((r) => [new Date(r.occurredAt).toISOString(), r.viewerName ?? r.viewerAccountId, r.subjectName ?? r.subjectAgentId, r.fields.join(' '), r.purpose, r.requestId]),
    );
  }
}
