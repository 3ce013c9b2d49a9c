import { SkillLevel, SkillScope } from '@maillage/competences/domain';
import { Actor } from '@maillage/shared/kernel';

export class DefineSkillCommand {
  constructor(readonly skillId: string, readonly label: string, readonly domain: string, readonly synonyms: readonly string[], readonly actor: Actor) {}
}
/** `expectedVersion`: the skill stream's version the admin edited (HTTP If-Match). */
export class RenameSkillCommand {
  constructor(readonly skillId: string, readonly label: string, readonly expectedVersion: number, readonly actor: Actor) {}
}
/** `expectedVersion`: the skill stream's version the admin edited (HTTP If-Match). */
export class AddSkillSynonymCommand {
  constructor(readonly skillId: string, readonly synonym: string, readonly expectedVersion: number, readonly actor: Actor) {}
}
/** `expectedVersion`: the skill stream's version the admin edited (HTTP If-Match). */
export class MergeSkillCommand {
  constructor(readonly skillId: string, readonly intoSkillId: string, readonly expectedVersion: number, readonly actor: Actor) {}
}
export class DeclareSkillCommand {
  constructor(
    readonly agentId: string,
    readonly skillId: string,
    readonly level: SkillLevel | null,
    readonly wishesToDevelop: boolean,
    readonly scope: SkillScope | undefined,
    readonly actor: Actor,
  ) {}
}
export class UpdateDeclaredSkillCommand {
  constructor(
    readonly agentId: string,
    readonly skillId: string,
    readonly changes: { readonly level?: SkillLevel | null; readonly scope?: SkillScope; readonly wishesToDevelop?: boolean },
    readonly actor: Actor,
  ) {}
}
export class WithdrawSkillCommand {
  constructor(readonly agentId: string, readonly skillId: string, readonly actor: Actor) {}
}
