import { Body, Controller, Get, Headers, Inject, Param, Post, Put, Query } from '@nestjs/common';
import { REDACTOR, Redactor } from '@maillage/governance/contracts';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AssignManagerCommand,
  ChangeAgentStatusCommand,
  GetAgentHierarchyQuery,
  GetAgentHrRecordQuery,
  GetTeamQuery,
  MoveAgentToUnitCommand,
  RecordDepartureCommand,
} from '@maillage/directory/application';
import { AgentDirectoryEntry, AgentHierarchy, AgentHrRecord } from '@maillage/directory/contracts';
import type { CommandAccepted, Page } from '@maillage/shared/contracts';
import { Actor, CommandOutcome } from '@maillage/shared/kernel';
import { CurrentActor, PageRequest, ReadYourWrites, requireIfMatch, RequireRoles } from '@maillage/shared/nest';
import { AssignManagerRequest, ChangeStatusRequest, MoveToUnitRequest, RecordDepartureRequest } from './agents.requests';
import { uuid } from './http-helpers';

/** An agent's place in the organisation: reporting line, unit, status, departure. */
@ApiTags('annuaire')
@ApiBearerAuth()
@Controller('agents/:id')
export class AgentOrganisationController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(REDACTOR) private readonly redactor: Redactor,
  ) {}

  @Get('hierarchy')
  hierarchy(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<AgentHierarchy> {
    return this.queries.execute(new GetAgentHierarchyQuery(id, actor));
  }

  @Get('team')
  team(@Param('id', uuid) id: string, @Query() page: PageRequest, @CurrentActor() actor: Actor): Promise<Page<AgentDirectoryEntry & { depth: number }>> {
    return this.queries.execute(new GetTeamQuery(id, page.page, page.pageSize, actor));
  }

  /** Sensitive HR fields, through the one redaction point: only those the policy lets this viewer see, each read audited. */
  @Get('hr')
  async hr(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<Partial<AgentHrRecord>> {
    const { agentId: _id, ...fields }: AgentHrRecord = await this.queries.execute(new GetAgentHrRecordQuery(id));
    const { shown } = await this.redactor.redact(actor, id, fields, 'GET /api/agents/:id/hr');
    return { agentId: id, ...shown };
  }

  @Put('manager')
  @RequireRoles('hr', 'admin')
  async assignManager(@Param('id', uuid) id: string, @Body() body: AssignManagerRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new AssignManagerCommand(id, body.managerId, requireIfMatch(ifMatch), actor)));
  }

  @Put('unit')
  @RequireRoles('hr', 'admin')
  async moveToUnit(@Param('id', uuid) id: string, @Body() body: MoveToUnitRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new MoveAgentToUnitCommand(id, body.unitId, requireIfMatch(ifMatch), actor)));
  }

  @Put('status')
  @RequireRoles('hr', 'admin')
  async changeStatus(@Param('id', uuid) id: string, @Body() body: ChangeStatusRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new ChangeAgentStatusCommand(id, body.status, requireIfMatch(ifMatch), actor)));
  }

  @Post('departure')
  @RequireRoles('hr')
  async recordDeparture(@Param('id', uuid) id: string, @Body() body: RecordDepartureRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new RecordDepartureCommand(id, body.departedOn, requireIfMatch(ifMatch), actor)));
  }

  private answer(id: string, outcome: CommandOutcome): Promise<CommandAccepted> {
    return this.readYourWrites.answer(id, outcome);
  }
}
