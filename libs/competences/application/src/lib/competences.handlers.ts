import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { agentSkillsDecider, agentSkillsStreamId, skillDecider, skillStreamId } from '@maillage/competences/domain';
import { CLOCK, Clock, CommandOutcome, EVENT_STORE, EventStore, commandContextFor, handleCommand } from '@maillage/shared/kernel';
import {
  AddSkillSynonymCommand,
  DeclareSkillCommand,
  DefineSkillCommand,
  MergeSkillCommand,
  RenameSkillCommand,
  UpdateDeclaredSkillCommand,
  WithdrawSkillCommand,
} from './competences.commands';
import { COMPETENCES_READ_MODEL, CompetencesReadModel } from './ports';

abstract class CompetencesHandler {
  constructor(
    @Inject(EVENT_STORE) protected readonly store: EventStore,
    @Inject(CLOCK) protected readonly clock: Clock,
    @Inject(COMPETENCES_READ_MODEL) protected readonly readModel: CompetencesReadModel,
  ) {}
}

@CommandHandler(DefineSkillCommand)
export class DefineSkillHandler extends CompetencesHandler implements ICommandHandler<DefineSkillCommand, CommandOutcome> {
  execute({ skillId, label, domain, synonyms, actor }: DefineSkillCommand) {
    return handleCommand(this.store, skillStreamId(skillId), skillDecider, { type: 'DefineSkill', skillId, label, domain, synonyms }, commandContextFor(actor, this.clock));
  }
}

@CommandHandler(RenameSkillCommand)
export class RenameSkillHandler extends CompetencesHandler implements ICommandHandler<RenameSkillCommand, CommandOutcome> {
  execute({ skillId, label, expectedVersion, actor }: RenameSkillCommand) {
    return handleCommand(this.store, skillStreamId(skillId), skillDecider, { type: 'RenameSkill', skillId, label }, commandContextFor(actor, this.clock, { expectedVersion }));
  }
}

@CommandHandler(AddSkillSynonymCommand)
export class AddSkillSynonymHandler extends CompetencesHandler implements ICommandHandler<AddSkillSynonymCommand, CommandOutcome> {
  execute({ skillId, synonym, expectedVersion, actor }: AddSkillSynonymCommand) {
    return handleCommand(
      this.store, skillStreamId(skillId), skillDecider, { type: 'AddSkillSynonym', skillId, synonym }, commandContextFor(actor, this.clock, { expectedVersion }),
    );
  }
}

@CommandHandler(MergeSkillCommand)
export class MergeSkillHandler extends CompetencesHandler implements ICommandHandler<MergeSkillCommand, CommandOutcome> {
  async execute({ skillId, intoSkillId, expectedVersion, actor }: MergeSkillCommand) {
    const into = await this.readModel.findSkill(intoSkillId);
    return handleCommand(
      this.store,
      skillStreamId(skillId),
      skillDecider,
      { type: 'MergeSkill', skillId, intoSkillId, intoIsActive: !!into && into.mergedInto === null },
      commandContextFor(actor, this.clock, { expectedVersion, reason: `fusion dans ${intoSkillId}` }),
    );
  }
}

@CommandHandler(DeclareSkillCommand)
export class DeclareSkillHandler extends CompetencesHandler implements ICommandHandler<DeclareSkillCommand, CommandOutcome> {
  async execute({ agentId, skillId, level, wishesToDevelop, scope, actor }: DeclareSkillCommand) {
    const [skill, mergedSkillIds] = await Promise.all([this.readModel.findSkill(skillId), this.mergedInto(skillId)]);
    return handleCommand(
      this.store,
      agentSkillsStreamId(agentId),
      agentSkillsDecider,
      { type: 'DeclareSkill', agentId, declarantAgentId: actor.agentId, skillIsActive: !!skill && skill.mergedInto === null, mergedSkillIds, skill: { skillId, level, wishesToDevelop, scope } },
      commandContextFor(actor, this.clock),
    );
  }

  /** Every skill merged into this one, through chains of merges too (A into B, then B into C): few, and rare. */
  private async mergedInto(skillId: string): Promise<string[]> {
    const found: string[] = [];
    for (let next = [skillId]; next.length > 0; ) {
      const merged = (await Promise.all(next.map((id) => this.readModel.skillsMergedInto(id)))).flat().map((s) => s.skillId).filter((id) => !found.includes(id));
      found.push(...merged);
      next = merged;
    }
    return found;
  }
}

@CommandHandler(UpdateDeclaredSkillCommand)
export class UpdateDeclaredSkillHandler extends CompetencesHandler implements ICommandHandler<UpdateDeclaredSkillCommand, CommandOutcome> {
  execute({ agentId, skillId, changes, actor }: UpdateDeclaredSkillCommand) {
    return handleCommand(
      this.store,
      agentSkillsStreamId(agentId),
      agentSkillsDecider,
      { type: 'UpdateSkill', agentId, declarantAgentId: actor.agentId, skillId, ...changes },
      commandContextFor(actor, this.clock),
    );
  }
}

@CommandHandler(WithdrawSkillCommand)
export class WithdrawSkillHandler extends CompetencesHandler implements ICommandHandler<WithdrawSkillCommand, CommandOutcome> {
  execute({ agentId, skillId, actor }: WithdrawSkillCommand) {
    return handleCommand(this.store, agentSkillsStreamId(agentId), agentSkillsDecider, { type: 'WithdrawSkill', agentId, declarantAgentId: actor.agentId, skillId }, commandContextFor(actor, this.clock));
  }
}

export const COMPETENCES_HANDLERS = [
  DefineSkillHandler, RenameSkillHandler, AddSkillSynonymHandler, MergeSkillHandler, DeclareSkillHandler, UpdateDeclaredSkillHandler, WithdrawSkillHandler,
];
