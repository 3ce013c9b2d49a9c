/**
 * What deciding the structure on the write side costs in a 50,000-agent city (the bench city,
 * bulk-loaded as a log written before the organisation stream existed): folding the log once
 * per process, then a manager assignment through the organisation guard (cycle check on the
 * folded structure, atomic append with the organisation stream) against the same assignment
 * appended alone (no cross-stream check at all). Prints figures; asserts nothing.
 *
 *   SWC_NODE_PROJECT=tsconfig.base.json node -r @swc-node/register tools/bench/organisation/main.ts
 *   BENCH_AGENTS=5000 for a quicker run.
 */
import { OrganisationGuard } from '@maillage/directory/application';
import { AgentCommand, agentDecider, agentStreamId } from '@maillage/directory/domain';
import { PostgresEventStore } from '@maillage/shared/event-store';
import { commandContextFor, handleCommand, systemActor, systemClock } from '@maillage/shared/kernel';
import { Pool } from 'pg';
import { loadCity } from '../city/load-city';
import { generateTownHall } from '../city/town-hall';
import { runOurMigrations, startBenchServer } from '../postgres-server';
import { elapsedMs, median, percentile, seededRandom } from '../stats';

const AGENTS = Number(process.env['BENCH_AGENTS'] ?? 50_000);
const COMMANDS = 200;

async function main(): Promise<void> {
  const server = await startBenchServer();
  const url = await server.createDatabase('organisation');
  await runOurMigrations(url);
  const pool = new Pool({ connectionString: url, max: 10 });
  try {
    const townHall = generateTownHall({ agentCount: AGENTS });
    const load = await loadCity(pool, townHall, 'bulk');
    console.log(`City: ${load.units} units, ${load.agents} agents, ${load.events} events written in ${load.writeMs} ms`);

    const store = new PostgresEventStore(pool);
    const guard = new OrganisationGuard(store);
    let start = process.hrtime.bigint();
    const top = townHall.agents[0].agentId;
    await guard.read((structure) => structure.managerChain(top));
    console.log(`Organisation folded from the log (first command of a process): ${elapsedMs(start).toFixed(0)} ms`);

    const random = seededRandom(9);
    const pick = () => townHall.agents[1 + Math.floor(random() * (townHall.agents.length - 1))];
    const actor = systemActor('bench-organisation');
    const guarded: number[] = [];
    const alone: number[] = [];
    for (let i = 0; i < COMMANDS; i++) {
      // Each agent once under the DGS and back under their own manager: never a cycle, always a change.
      const agent = pick();
      start = process.hrtime.bigint();
      await guard.decide(
        agentStreamId(agent.agentId),
        agentDecider,
        (structure): AgentCommand => ({ type: 'AssignManager', agentId: agent.agentId, managerId: top, managerChain: structure.managerChain(top) }),
        commandContextFor(actor, systemClock),
      );
      guarded.push(elapsedMs(start));
      start = process.hrtime.bigint();
      await handleCommand(
        store,
        agentStreamId(agent.agentId),
        agentDecider,
        { type: 'AssignManager', agentId: agent.agentId, managerId: agent.managerId, managerChain: [] },
        commandContextFor(actor, systemClock),
      );
      alone.push(elapsedMs(start));
    }
    const figures = (values: number[]) => `median ${median(values).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms`;
    console.log(`Manager assignment through the organisation guard (${COMMANDS}): ${figures(guarded)}`);
    console.log(`Manager assignment appended alone, no cross-stream check (${COMMANDS}): ${figures(alone)}`);
  } finally {
    await pool.end();
    await server.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
