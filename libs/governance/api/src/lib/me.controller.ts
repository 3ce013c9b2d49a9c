import { Body, Controller, Get, Inject, Param, ParseEnumPipe, Put, Query, Res } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { AGENT_NAMES, AgentNames } from '@maillage/directory/contracts';
import { ChooseFieldSharingCommand } from '@maillage/governance/application';
import { GovernanceQueries } from '@maillage/governance/infrastructure';
import { Actor, DomainError } from '@maillage/shared/kernel';
import { CurrentActor, PageRequest, PersonalDataSources, ReadYourWrites } from '@maillage/shared/nest';
import type { Response } from 'express';
import { SharingRequest } from './governance.requests';

enum ChosenField {
  diplomas = 'diplomas',
  experience = 'experience',
}

/** The agent's own privacy: who looked at their data, and who may. */
@ApiTags('mes données')
@ApiBearerAuth()
@Controller('me')
export class MeController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: GovernanceQueries,
    private readonly readYourWrites: ReadYourWrites,
    private readonly personalData: PersonalDataSources,
    @Inject(AGENT_NAMES) private readonly names: AgentNames,
  ) {}

  /** "Qui a consulté mes données" */
  @Get('views')
  async views(@CurrentActor() actor: Actor, @Query() page: PageRequest) {
    const agentId = requireAgent(actor);
    const views = await this.queries.search({ subjectAgentId: agentId, limit: page.pageSize * page.page });
    const slice = views.slice((page.page - 1) * page.pageSize);
    const names = await this.names.displayNamesOf(slice.map((v) => v.viewerAgentId).filter((id): id is string => id !== null));
    return slice.map(({ viewerAgentId, occurredAt, fields, purpose }) => ({
      occurredAt,
      viewerAgentId,
      viewerName: viewerAgentId ? (names.get(viewerAgentId) ?? null) : null,
      fields,
      purpose,
    }));
  }

  @Get('sharing')
  async sharing(@CurrentActor() actor: Actor) {
    return this.queries.sharingChoices(requireAgent(actor));
  }

  @Put('sharing/:field')
  async choose(
    @Param('field', new ParseEnumPipe(ChosenField)) field: ChosenField,
    @Body() body: SharingRequest,
    @CurrentActor() actor: Actor,
  ) {
    const agentId = requireAgent(actor);
    const outcome = await this.commands.execute(new ChooseFieldSharingCommand(field, body.audiences, actor));
    return this.readYourWrites.answer(agentId, outcome);
  }

  /**
   * Right of access (RGPD art. 15): one section per context, each built by that
   * context from the agent's own streams and what it records about them —
   * including who their data was shown to. Nothing from anyone else's stream.
   */
  @Get('data')
  async data(@CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response) {
    const agentId = requireAgent(actor);
    const sections = await this.personalData.exportFor({ agentId, accountId: actor.accountId });
    response.setHeader('Content-Disposition', 'attachment; filename="mes-donnees-maillage.json"');
    return { exportedAt: new Date().toISOString(), agentId, accountId: actor.accountId, ...sections };
  }
}

function requireAgent(actor: Actor): string {
  if (!actor.agentId) throw new DomainError('GOVERNANCE.NO_AGENT', 'forbidden', 'Ce compte n’est rattaché à aucun agent.');
  return actor.agentId;
}
