// Runs Emmett in its own process: loading it makes node-postgres parse int8
// as BigInt and JSON with a BigInt reviver for the whole process, which would
// change what our store's figures measure if they shared one.
import { AppendSession, openAppendSession } from '../append/measure';
import { runConcurrentWriters, runScenario, SCENARIOS } from '../late-commit/scenarios';
import { EmmettAnswers, EmmettReply, EmmettRequest } from './emmett-protocol';
import { emmettLateCommitDriver } from './emmett-late-commit.driver';
import { emmettTarget } from './emmett.target';

let session: AppendSession | null = null;

async function handle(request: EmmettRequest): Promise<EmmettAnswers[EmmettRequest['kind']]> {
  switch (request.kind) {
    case 'open-appends':
      session = await openAppendSession(await emmettTarget(request.url), request.shape, request.warmupMs);
      return null;
    case 'repetition':
      if (!session) throw new Error('no append session open');
      return session.repetition(request.durationMs);
    case 'close-appends':
      await session?.close();
      session = null;
      return null;
    case 'late-commit': {
      const scenario = SCENARIOS.find((s) => s.name === request.scenario);
      if (!scenario) throw new Error(`unknown scenario ${request.scenario}`);
      const driver = await emmettLateCommitDriver(request.url);
      try {
        return await runScenario(driver, scenario);
      } finally {
        await driver.close();
      }
    }
    case 'concurrent-writers': {
      const driver = await emmettLateCommitDriver(request.url);
      try {
        return await runConcurrentWriters(driver, request.durationMs);
      } finally {
        await driver.close();
      }
    }
    case 'peak-rss':
      return process.resourceUsage().maxRSS * 1024;
  }
}

process.on('message', (message: { id: number; request: EmmettRequest }) => {
  handle(message.request).then(
    (value) => process.send?.({ id: message.id, ok: true, value } satisfies EmmettReply),
    (error: unknown) =>
      process.send?.({ id: message.id, ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies EmmettReply),
  );
});
