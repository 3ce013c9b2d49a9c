import { Body, Controller, Delete, Get, Headers, HttpCode, Inject, Param, Patch, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  AddSkillSynonymCommand,
  COMPETENCES_READ_MODEL,
  CompetencesReadModel,
  DeclareSkillCommand,
  DefineSkillCommand,
  GetSkillHistoryQuery,
  MergeSkillCommand,
  RenameSkillCommand,
  SearchSkillHoldersQuery,
  UpdateDeclaredSkillCommand,
  WithdrawSkillCommand,
} from '@maillage/competences/application';
import type { SkillHistoryEntry } from '@maillage/competences/contracts';
import { Actor, CommandOutcome, DomainError } from '@maillage/shared/kernel';
import { CurrentActor, ReadYourWrites, requireIfMatch, RequireRoles } from '@maillage/shared/nest';
import {
  DeclareSkillRequest,
  DefineSkillRequest,
  MergeSkillRequest,
  ReferentialRequest,
  RenameSkillRequest,
  SkillSearchRequest,
  SynonymRequest,
  UpdateSkillRequest,
} from './competences.requests';
import { foldText } from '@maillage/shared/contracts';

const slug = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function requireAgent(actor: Actor): string {
  if (!actor.agentId) throw new DomainError('COMPETENCES.NO_AGENT', 'forbidden', 'Ce compte n’est rattaché à aucun agent.');
  return actor.agentId;
}

@ApiTags('compétences')
@ApiBearerAuth()
@Controller()
export class SkillsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
    private readonly readYourWrites: ReadYourWrites,
    @Inject(COMPETENCES_READ_MODEL) private readonly readModel: CompetencesReadModel,
  ) {}

  @Get('skills')
  referential(@Query() request: ReferentialRequest) {
    return this.readModel.searchReferential(request.q, request.q ? 30 : 500, request.includeMerged === 'true');
  }

  /**
   * Who changed a skill and when. Admins only, like every referential edit: it names the
   * people who made the changes, and nobody else acts on the referential.
   */
  @Get('skills/:skillId/history')
  @RequireRoles('admin')
  history(@Param('skillId') skillId: string): Promise<SkillHistoryEntry[]> {
    return this.queries.execute(new GetSkillHistoryQuery(skillId));
  }

  @Post('skills')
  @RequireRoles('admin')
  async define(@Body() body: DefineSkillRequest, @CurrentActor() actor: Actor) {
    const skillId = slug(body.label);
    return this.answer(skillId, await this.commands.execute(new DefineSkillCommand(skillId, body.label, body.domain, body.synonyms ?? [], actor)));
  }

  @Patch('skills/:skillId')
  @RequireRoles('admin')
  async rename(
    @Param('skillId') skillId: string,
    @Body() body: RenameSkillRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.answer(skillId, await this.commands.execute(new RenameSkillCommand(skillId, body.label, requireIfMatch(ifMatch), actor)));
  }

  @Post('skills/:skillId/synonyms')
  @RequireRoles('admin')
  async synonym(
    @Param('skillId') skillId: string,
    @Body() body: SynonymRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.answer(skillId, await this.commands.execute(new AddSkillSynonymCommand(skillId, body.synonym, requireIfMatch(ifMatch), actor)));
  }

  @Post('skills/:skillId/merge')
  @RequireRoles('admin')
  async merge(
    @Param('skillId') skillId: string,
    @Body() body: MergeSkillRequest,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    return this.answer(skillId, await this.commands.execute(new MergeSkillCommand(skillId, body.intoSkillId, requireIfMatch(ifMatch), actor)));
  }

  /** "Mes compétences": only the agent declares, levels and shares their skills. */
  @Get('me/skills')
  mySkills(@CurrentActor() actor: Actor) {
    return this.readModel.declaredSkillsOf(requireAgent(actor));
  }

  @Post('me/skills')
  async declare(@Body() body: DeclareSkillRequest, @CurrentActor() actor: Actor) {
    const agentId = requireAgent(actor);
    return this.answer(agentId, await this.commands.execute(new DeclareSkillCommand(agentId, body.skillId, body.level ?? null, body.wishesToDevelop ?? false, body.scope, actor)));
  }

  @Patch('me/skills/:skillId')
  async update(@Param('skillId') skillId: string, @Body() body: UpdateSkillRequest, @CurrentActor() actor: Actor) {
    const agentId = requireAgent(actor);
    return this.answer(agentId, await this.commands.execute(new UpdateDeclaredSkillCommand(agentId, skillId, { ...body }, actor)));
  }

  @Delete('me/skills/:skillId')
  @HttpCode(200)
  async withdraw(@Param('skillId') skillId: string, @CurrentActor() actor: Actor) {
    const agentId = requireAgent(actor);
    return this.answer(agentId, await this.commands.execute(new WithdrawSkillCommand(agentId, skillId, actor)));
  }

  /** Skill search: only skills this viewer may see match or count; people as the policy shows them to this viewer. */
  @Get('skill-search')
  async search(@Query() request: SkillSearchRequest, @CurrentActor() actor: Actor) {
    const { items, total } = await this.queries.execute(new SearchSkillHoldersQuery(actor, {
      text: request.q, directionId: request.directionId, minLevel: request.minLevel, page: request.page, pageSize: request.pageSize,
    }));
    return { items, total, page: request.page, pageSize: request.pageSize };
  }

  /** The fiche's skills section: skills only, no name, post or unit (the fiche shows those, redacted by the directory). */
  @Get('agents/:agentId/skills')
  agentSkills(@Param('agentId') agentId: string, @CurrentActor() actor: Actor) {
    return this.readModel.visibleSkillsOf(actor, agentId);
  }

  private answer(id: string, outcome: CommandOutcome) {
    return this.readYourWrites.answer(id, outcome);
  }
}
