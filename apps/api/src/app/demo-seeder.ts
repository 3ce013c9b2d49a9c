import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CreateOrgUnitCommand, RegisterAgentCommand } from '@maillage/directory/application';
import { CreateAccountCommand } from '@maillage/identity/application';
import { ReadModelWaiter } from '@maillage/shared/event-store';
import { CommandOutcome, EVENT_STORE, EventStore, LOG_START, comparePositions, systemActor } from '@maillage/shared/kernel';
import { generateTownHall } from '@maillage/tools/seed';
import { randomUUID } from 'node:crypto';

/** The shared password of the demo accounts, published in the README. Demo mode only. */
export const DEMO_PASSWORD = 'Maillage-Demo-2026';

/**
 * On the first start in demo mode (an empty log), fills the town hall through
 * the same commands and deciders as real use, then waits for the read models.
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
    if (comparePositions(await this.store.headPosition(), LOG_START) > 0) return;
    const started = Date.now();
    const townHall = generateTownHall({});
    const actor = systemActor(`seed-${randomUUID()}`);
    for (const unit of townHall.orgUnits) {
      // A unit's parent must be visible in the read models before the child is checked against it.
      const outcome: CommandOutcome = await this.commands.execute(new CreateOrgUnitCommand(unit, actor));
      if (outcome.logPosition) await this.waiter.waitFor(outcome.logPosition, 10_000);
    }
    for (const agent of townHall.agents) await this.commands.execute(new RegisterAgentCommand(agent, actor));
    for (const account of townHall.demoAccounts) {
      await this.commands.execute(new CreateAccountCommand(randomUUID(), account.username, DEMO_PASSWORD, account.roles, account.agentId, actor, true));
    }
    await this.waiter.waitFor(await this.store.headPosition(), 60_000);
    this.logger.log(
      `Demo town hall seeded: ${townHall.orgUnits.length} units, ${townHall.agents.length} agents, ${townHall.demoAccounts.length} demo accounts in ${Date.now() - started} ms`,
    );
  }
}
