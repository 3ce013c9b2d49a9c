import { randomUUID } from 'node:crypto';
import { BadRequestException, Body, Controller, Get, Headers, HttpException, HttpStatus, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  ChangeAgentFieldsCommand,
  GetAgentProfileQuery,
  ListOrgUnitsQuery,
  RegisterAgentCommand,
  SearchAgentsQuery,
} from '@maillage/directory/application';
import { AgentDirectoryEntry, AgentProfile, CommandAccepted, OrgUnitSummary, Page } from '@maillage/directory/contracts';
import { Actor, CommandOutcome } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, RequireRoles, parseIfMatch } from '@maillage/shared/nest';
import type { Response } from 'express';
import { ChangeAgentFieldsRequest, RegisterAgentRequest, SearchAgentsRequest } from './agents.requests';

const uuid = new ParseUUIDPipe({ version: '4', exceptionFactory: () => new BadRequestException({ code: 'REQUEST.INVALID_ID', message: 'Identifiant invalide.' }) });

@ApiTags('annuaire')
@ApiBearerAuth()
@Controller()
export class AgentsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get('agents')
  search(@Query() request: SearchAgentsRequest): Promise<Page<AgentDirectoryEntry>> {
    return this.queries.execute(new SearchAgentsQuery({ text: request.q, page: request.page, pageSize: request.pageSize }));
  }

  @Get('agents/:id')
  async profile(@Param('id', uuid) id: string, @Res({ passthrough: true }) response: Response): Promise<AgentProfile> {
    const profile: AgentProfile = await this.queries.execute(new GetAgentProfileQuery(id));
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
    const expectedVersion = parseIfMatch(ifMatch);
    if (expectedVersion === undefined) {
      throw new HttpException(
        { code: 'REQUEST.PRECONDITION_REQUIRED', message: 'Indiquez la version de la fiche modifiée (en-tête If-Match), pour ne pas écraser une modification concurrente.' },
        HttpStatus.PRECONDITION_REQUIRED,
      );
    }
    if (Object.keys(request).length === 0) {
      throw new BadRequestException({ code: 'DIRECTORY.NOTHING_TO_CHANGE', message: 'Aucun champ à modifier.' });
    }
    const outcome: CommandOutcome = await this.commands.execute(new ChangeAgentFieldsCommand(id, { ...request }, expectedVersion, actor));
    return this.readYourWrites.answer(id, outcome);
  }

  @Get('org-units')
  orgUnits(): Promise<OrgUnitSummary[]> {
    return this.queries.execute(new ListOrgUnitsQuery());
  }
}
