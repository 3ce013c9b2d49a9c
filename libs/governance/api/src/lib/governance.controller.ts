import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Inject, Post, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { RecordCommitteeDecisionCommand } from '@maillage/governance/application';
import { CommitteeDecision, VisibilityRule } from '@maillage/governance/contracts';
import { GOVERNED_FIELDS } from '@maillage/governance/domain';
import { GovernanceQueries, PolicyRedactor } from '@maillage/governance/infrastructure';
import { Actor } from '@maillage/shared/kernel';
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
    @Inject(AGENT_NAMES) private readonly names: AgentNames,
  ) {}

  /**
   * Who may see which field, now or on a given date: the decisions dated up to
   * that day, replayed by the same function that gives the enforced policy.
   * The policy itself is public to agents.
   */
  @Get('policy')
  async policy(@Query() request: PolicyAtRequest): Promise<{ at: string | null; rules: VisibilityRule[] }> {
    const policy = request.at ? await this.redactor.policyOn(request.at) : await this.redactor.currentPolicy();
    return { at: request.at ?? null, rules: GOVERNED_FIELDS.map((field) => ({ field, audiences: policy[field] })) };
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
