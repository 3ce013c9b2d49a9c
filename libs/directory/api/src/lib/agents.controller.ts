import { randomUUID } from 'node:crypto';
import { BadRequestException, Body, Controller, ForbiddenException, Get, Headers, Param, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ChangeAgentFieldsCommand,
  GetAgentProfileQuery,
  RegisterAgentCommand,
  SearchAgentsQuery,
} from '@maillage/directory/application';
import { AgentDirectoryEntry, AgentProfile, SELF_EDITABLE_AGENT_FIELDS } from '@maillage/directory/contracts';
import { Actor, CommandOutcome } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, requireIfMatch, RequireRoles } from '@maillage/shared/nest';
import type { Response } from 'express';
import { ChangeAgentFieldsRequest, RegisterAgentRequest, SearchAgentsRequest } from './agents.requests';
import { uuid } from './http-helpers';
import { CommandAccepted, Page, PLATFORM_PROBLEMS } from '@maillage/shared/contracts';


@ApiTags('annuaire')
@ApiBearerAuth()
@Controller()
export class AgentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  /** The annuaire, as the visibility policy lets this viewer see it (the query handler redacts). */
  @Get('agents')
  search(@Query() request: SearchAgentsRequest, @CurrentActor() actor: Actor): Promise<Page<AgentDirectoryEntry>> {
    const { q, directionId, unitId, status, page, pageSize } = request;
    return this.queries.execute(new SearchAgentsQuery({ text: q, directionId, unitId, status, page, pageSize }, actor));
  }

  /** The fiche: what the visibility policy lets this viewer see (redacted and audited by the query handler). */
  @Get('agents/:id')
  async profile(@Param('id', uuid) id: string, @CurrentActor() actor: Actor, @Res({ passthrough: true }) response: Response): Promise<AgentProfile> {
    const profile: AgentProfile = await this.queries.execute(new GetAgentProfileQuery(id, actor));
    response.setHeader('ETag', `"${profile.version}"`);
    return profile;
  }

  @Post('agents')
  @RequireRoles('hr', 'admin')
  async register(@Body() request: RegisterAgentRequest, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    const agentId = randomUUID();
    const outcome: CommandOutcome = await this.commands.execute(
      new RegisterAgentCommand(
        {
          agentId,
          firstName: request.firstName.trim(),
          lastName: request.lastName.trim(),
          usualName: request.usualName?.trim() || null,
          postTitle: request.postTitle.trim(),
          unitId: request.unitId ?? null,
          managerId: request.managerId ?? null,
          workEmail: request.workEmail.toLowerCase(),
          workPhone: request.workPhone ?? null,
          office: request.office ?? null,
          startDate: request.startDate ?? null,
        },
        actor,
      ),
    );
    return this.readYourWrites.answer(agentId, outcome);
  }

  @Patch('agents/:id')
  async change(
    @Param('id', uuid) id: string,
    @Body() request: ChangeAgentFieldsRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ): Promise<CommandAccepted> {
    const expectedVersion = requireIfMatch(ifMatch);
    if (Object.keys(request).length === 0) {
      throw new BadRequestException({ code: 'DIRECTORY.NOTHING_TO_CHANGE', message: 'Aucun champ à modifier.' });
    }
    rejectFieldsBeyondRole(request, id, actor);
    const outcome: CommandOutcome = await this.commands.execute(new ChangeAgentFieldsCommand(id, { ...request }, expectedVersion, actor));
    return this.readYourWrites.answer(id, outcome);
  }
}

/**
 * Mass assignment guard at the edge: outside HR, a profile edit may only carry
 * the fields an agent edits on their own profile. The decider enforces the same
 * rule; this answers 400 early, naming the field, before any command runs.
 */
function rejectFieldsBeyondRole(request: ChangeAgentFieldsRequest, agentId: string, actor: Actor): void {
  if (actor.roles.includes('hr') || actor.roles.includes('admin')) return;
  if (actor.agentId !== agentId) {
    throw new ForbiddenException({ code: 'DIRECTORY.FIELD_NOT_EDITABLE', message: 'Seuls l’agent et le service RH modifient cette fiche.' });
  }
  const refused = Object.keys(request).filter((field) => !(SELF_EDITABLE_AGENT_FIELDS as readonly string[]).includes(field));
  if (refused.length > 0) {
    throw new BadRequestException({ code: PLATFORM_PROBLEMS.REQUEST_FIELD_NOT_ALLOWED, message: `Vous ne pouvez pas modifier vous-même : ${refused.join(', ')}.` });
  }
}
