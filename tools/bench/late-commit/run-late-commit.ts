import { EMMETT_READER } from '../emmett/emmett-reader';
import { EmmettProcess } from '../emmett/emmett-process';
import { runOurMigrations } from '../postgres-server';
import { ourLateCommitDriver } from './our-late-commit.driver';
import { ConcurrentOutcome, runConcurrentWriters, runScenario, SCENARIOS, ScenarioOutcome } from './scenarios';

export interface LateCommitReport {
  readonly readers: Record<string, string>;
  readonly scenarios: readonly (ScenarioOutcome & { readonly story: string })[];
  readonly concurrent: readonly ConcurrentOutcome[];
}

/** Each scenario, for each store, in its own database; one store at a time, since an open transaction holds back every reader in the cluster. */
export async function runLateCommit(
  createDatabase: (label: string) => Promise<string>,
  emmett: EmmettProcess,
  concurrentMs: number,
  log: (line: string) => void,
): Promise<LateCommitReport> {
  const ours = async () => {
    const url = await createDatabase('late_ours');
    await runOurMigrations(url);
    return ourLateCommitDriver(url);
  };
  const scenarios: (ScenarioOutcome & { story: string })[] = [];
  let ourReader = '';
  for (const scenario of SCENARIOS) {
    const driver = await ours();
    ourReader = driver.readerDescription;
    try {
      scenarios.push({ ...(await runScenario(driver, scenario)), story: scenario.story });
    } finally {
      await driver.close();
    }
    const url = await createDatabase('late_emmett');
    scenarios.push({ ...(await emmett.request({ kind: 'late-commit', url, scenario: scenario.name })), story: scenario.story });
    log(`  scenario ${scenario.name}: ${scenarios.slice(-2).map((s) => `${s.store} ${s.lost.length === 0 ? 'OK' : 'LOST'}`).join(', ')}`);
  }
  const concurrent: ConcurrentOutcome[] = [];
  const driver = await ours();
  try {
    concurrent.push(await runConcurrentWriters(driver, concurrentMs));
  } finally {
    await driver.close();
  }
  concurrent.push(await emmett.request({ kind: 'concurrent-writers', url: await createDatabase('late_emmett'), durationMs: concurrentMs }));
  log(`  concurrent writers: ${concurrent.map((c) => `${c.store} lost ${c.lost} of ${c.appended}`).join(', ')}`);
  return { readers: { ours: ourReader, Emmett: EMMETT_READER }, scenarios, concurrent };
}
