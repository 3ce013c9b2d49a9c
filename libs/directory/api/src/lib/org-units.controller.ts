import { randomUUID } from 'node:crypto';
import { Body, Controller, Get, Headers, Param, Patch, Post, Put, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AssignOrgUnitHeadCommand,
  CloseOrgUnitCommand,
  CreateOrgUnitCommand,
  GetOrgChartQuery,
  ListOrgUnitsQuery,
  MoveOrgUnitCommand,
  RenameOrgUnitCommand,
} from '@maillage/directory/application';
import { OrgChartLevel, OrgUnitSummary } from '@maillage/directory/contracts';
import type { CommandAccepted } from '@maillage/shared/contracts';
import { Actor, CommandOutcome } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, requireIfMatch, RequireRoles } from '@maillage/shared/nest';
import { uuid } from './http-helpers';
import { AssignHeadRequest, CreateOrgUnitRequest, MoveOrgUnitRequest, OrgChartRequest, RenameOrgUnitRequest } from './org-units.requests';

@ApiTags('organisation')
@ApiBearerAuth()
@Controller()
export class OrgUnitsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
  ) {}

  @Get('org-units')
  list(): Promise<OrgUnitSummary[]> {
    return this.queries.execute(new ListOrgUnitsQuery());
  }

  @Get('org-chart')
  orgChart(@Query() request: OrgChartRequest, @CurrentActor() actor: Actor): Promise<OrgChartLevel> {
    return this.queries.execute(new GetOrgChartQuery(request.root ?? null, actor));
  }

  @Post('org-units')
  @RequireRoles('hr', 'admin')
  async create(@Body() body: CreateOrgUnitRequest, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    const unitId = randomUUID();
    const outcome = await this.commands.execute(new CreateOrgUnitCommand({ unitId, name: body.name, kind: body.kind, parentId: body.parentId ?? null }, actor));
    return this.answer(unitId, outcome);
  }

  @Patch('org-units/:id')
  @RequireRoles('hr', 'admin')
  async rename(@Param('id', uuid) id: string, @Body() body: RenameOrgUnitRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new RenameOrgUnitCommand(id, body.name, requireIfMatch(ifMatch), actor)));
  }

  @Put('org-units/:id/parent')
  @RequireRoles('hr', 'admin')
  async move(@Param('id', uuid) id: string, @Body() body: MoveOrgUnitRequest, @Headers('if-match') ifMatch: string | undefined, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new MoveOrgUnitCommand(id, body.parentId, requireIfMatch(ifMatch), actor)));
  }

  @Put('org-units/:id/head')
  @RequireRoles('hr', 'admin')
  async assignHead(@Param('id', uuid) id: string, @Body() body: AssignHeadRequest, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new AssignOrgUnitHeadCommand(id, body.agentId, actor)));
  }

  @Post('org-units/:id/close')
  @RequireRoles('hr', 'admin')
  async close(@Param('id', uuid) id: string, @CurrentActor() actor: Actor): Promise<CommandAccepted> {
    return this.answer(id, await this.commands.execute(new CloseOrgUnitCommand(id, actor)));
  }

  private answer(id: string, outcome: CommandOutcome): Promise<CommandAccepted> {
    return this.readYourWrites.answer(id, outcome);
  }
}
