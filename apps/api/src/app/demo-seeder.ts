import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { AssignOrgUnitHeadCommand, CreateOrgUnitCommand, RegisterAgentCommand } from '@maillage/directory/application';
import { CreateAccountCommand } from '@maillage/identity/application';
import { ReadModelWaiter } from '@maillage/shared/event-store';
import { EVENT_STORE, EventStore, LOG_START, comparePositions, systemActor } from '@maillage/shared/kernel';
import { generateTownHall, seedSkillDeclarations, skillReferential } from '@maillage/tools/seed';
import { DeclareSkillCommand, DefineSkillCommand } from '@maillage/competences/application';
import { randomUUID } from 'node:crypto';

/** The shared password of the demo accounts, published in the README. Demo mode only. */
export const DEMO_PASSWORD = 'Maillage-Demo-2026';

/**
 * On the first start in demo mode (an empty log), fills the town hall through
 * the same commands and deciders as real use, then waits for the read models.
 * The directory's steps follow each other without waiting: its structure rules
 * (a parent unit, a manager, a unit head exist) are checked on the write side.
 */
@Injectable()
export class DemoSeeder implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoSeeder');

  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly waiter: ReadModelWaiter,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (comparePositions(await this.store.committedHeadPosition(), LOG_START) > 0) return;
    const started = Date.now();
    const townHall = generateTownHall({});
    const actor = systemActor(`seed-${randomUUID()}`);
    for (const unit of townHall.orgUnits) await this.commands.execute(new CreateOrgUnitCommand(unit, actor));
    for (const agent of townHall.agents) await this.commands.execute(new RegisterAgentCommand(agent, actor));
    // Each unit's head: its member whose own manager sits outside the unit.
    const unitOf = new Map(townHall.agents.map((a) => [a.agentId, a.unitId]));
    for (const unit of townHall.orgUnits) {
      const head = townHall.agents.find((a) => a.unitId === unit.unitId && (a.managerId === null || unitOf.get(a.managerId) !== unit.unitId));
      if (head) await this.commands.execute(new AssignOrgUnitHeadCommand(unit.unitId, head.agentId, actor));
    }
    for (const account of townHall.demoAccounts) {
      await this.commands.execute(new CreateAccountCommand(randomUUID(), account.username, DEMO_PASSWORD, account.roles, account.agentId, actor, true));
    }
    for (const skill of skillReferential()) {
      await this.commands.execute(new DefineSkillCommand(skill.skillId, skill.label, skill.domain, skill.synonyms, actor));
    }
    // Competences still checks a declared skill against its own read model (not a structure rule of the directory).
    await this.untilReadModelsShowEverything('the skill referential');
    // Demo data only: each declaration is made as if by the agent, the only one the domain lets declare.
    for (const d of seedSkillDeclarations(townHall)) {
      const asAgent = { ...actor, agentId: d.agentId };
      await this.commands.execute(new DeclareSkillCommand(d.agentId, d.skillId, d.level, d.wishesToDevelop, d.scope, asAgent));
    }
    await this.untilReadModelsShowEverything('the skill declarations');
    this.logger.log(
      `Demo town hall seeded: ${townHall.orgUnits.length} units, ${townHall.agents.length} agents, ${townHall.demoAccounts.length} demo accounts in ${Date.now() - started} ms`,
    );
  }

  /**
   * The read models show every write so far — the committed head, not the
   * readable one, which an open transaction elsewhere (another database of a
   * shared cluster) holds back.
   */
  private async untilReadModelsShowEverything(what: string): Promise<void> {
    if (!(await this.waiter.waitFor(await this.store.committedHeadPosition(), 120_000))) {
      throw new Error(`The read models did not catch up with ${what} within 120 s`);
    }
  }
}
