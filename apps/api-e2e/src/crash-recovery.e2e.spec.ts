import { randomBytes } from 'node:crypto';
import { AppUnderTest, DedicatedPostgres, startAppUnderTest, startDedicatedPostgres } from '@maillage/tools/testing';
import { WriteFigures, caughtUp, readModelsDifferingFromRebuild, verifyAudit, writeFigures } from './crash-recovery.checks';
import { LoadClient } from './crash-recovery.load';
import { Http, login } from './http';

/**
 * Issue 15: crashes and a database that goes away, under load. Each scenario
 * runs a few concurrent writers, injects the fault, and then checks that every
 * acknowledged write is in the log exactly once, that no stored write was
 * answered 500, that the read models equal a rebuild from the log and that
 * the audit chain verifies; it prints the figures.
 */

// Tight timeouts so an outage turns into 503s within seconds; one JWT secret so tokens outlive a restart and span instances.
const env = {
  MAILLAGE_JWT_SECRET: randomBytes(48).toString('base64url'),
  MAILLAGE_DB_CONNECT_TIMEOUT_MS: '1000',
  MAILLAGE_DB_STATEMENT_TIMEOUT_MS: '2000',
};
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

function report(scenario: string, figures: WriteFigures, extra: Record<string, unknown>, load: LoadClient): void {
  console.log(`[crash test] ${scenario}: ${JSON.stringify({ ...figures, ...extra, answers: load.statusCounts(), readBack: load.readBack })}`);
}

async function seededAgentIds(baseUrl: string, token: string): Promise<string[]> {
  const page = await new Http(baseUrl, token).get('/api/agents?pageSize=10');
  return page.body.items.map((a: { id: string }) => a.id);
}

async function expectIntact(app: AppUnderTest, figures: WriteFigures): Promise<void> {
  expect(figures.acknowledged).toBeGreaterThan(10);
  expect(figures.missing).toBe(0);
  expect(figures.duplicated).toBe(0);
  expect(figures.stored).toBe(figures.acknowledged);
  expect(figures.committedAnswered500).toBe(0);
  await caughtUp(app.baseUrl);
  expect(await readModelsDifferingFromRebuild(app)).toEqual([]);
  const audit = verifyAudit(app);
  expect(audit.output).toContain('"ok":true');
  expect(audit.ok).toBe(true);
}

/**
 * The instance restarted after the kill -9 is then the first of the two
 * instances: one seeded town hall serves both scenarios, which keeps the
 * file within CI time.
 */
describe('kill -9 mid-load, then two instances on one database', () => {
  let first: AppUnderTest;
  let restarted: AppUnderTest | undefined;
  let second: AppUnderTest | undefined;
  afterAll(async () => {
    await second?.stop();
    await restarted?.stop();
    await first?.stop();
  });

  const ownership = async (baseUrl: string): Promise<boolean[]> => {
    const response = await fetch(`${baseUrl}/api/health`);
    const body = (await response.json()) as { projections: { runsHere: boolean }[] };
    return body.projections.map((p) => p.runsHere);
  };

  it('loses and duplicates no acknowledged write when the API is killed, and the restarted app goes on from the same database', async () => {
    first = await startAppUnderTest(env);
    const token = (await login(new Http(first.baseUrl), 'rh')).token;
    let targets = [first.baseUrl];
    const load = new LoadClient({ tag: 'kill', token, targets: () => targets, readBack: true, auditedReads: await seededAgentIds(first.baseUrl, token) });
    load.start();
    await pause(4_000);
    await first.kill();
    const killedAt = Date.now();
    restarted = await startAppUnderTest(env, { sameDatabaseAs: first });
    targets = [restarted.baseUrl];
    await pause(3_000);
    await load.stop();
    const figures = await writeFigures(first.databaseUrl, load, 'kill');
    report('kill -9 and restart', figures, { recoverySeconds: load.recoverySeconds(killedAt) }, load);
    await expectIntact(restarted, figures);
    expect(load.readBack.stale).toBe(0);
  }, 120_000);

  it('runs each projection once across two instances, hands them over within seconds when the owner is killed, and keeps read-your-writes across both', async () => {
    const owner = restarted;
    if (!owner) throw new Error('needs the instance restarted by the previous scenario');
    second = await startAppUnderTest({ ...env, LOG_LEVEL: 'info' }, { sameDatabaseAs: first, captureOutput: true });
    const [ownedByFirst, ownedBySecond] = [await ownership(owner.baseUrl), await ownership(second.baseUrl)];
    // Each projection runs in exactly one of the two.
    ownedByFirst.forEach((here, i) => expect(here !== ownedBySecond[i]).toBe(true));
    expect(ownedByFirst.every(Boolean)).toBe(true);

    const token = (await login(new Http(owner.baseUrl), 'rh')).token;
    const survivor = second;
    let targets = [owner.baseUrl, survivor.baseUrl];
    const load = new LoadClient({ tag: 'two', token, targets: () => targets, readBack: true, auditedReads: await seededAgentIds(owner.baseUrl, token) });
    load.start();
    await pause(4_000);
    const checkedBeforeKill = load.readBack.checked;
    await owner.kill();
    const killedAt = Date.now();
    targets = [survivor.baseUrl];
    let takeoverSeconds: number | null = null;
    while (Date.now() - killedAt < 15_000) {
      if ((await ownership(survivor.baseUrl)).every(Boolean)) {
        takeoverSeconds = (Date.now() - killedAt) / 1000;
        break;
      }
      await pause(100);
    }
    await pause(3_000);
    await load.stop();

    const figures = await writeFigures(first.databaseUrl, load, 'two');
    report('two instances, owner killed', figures, { takeoverSeconds, readBackAcrossInstancesBeforeKill: checkedBeforeKill }, load);
    expect(takeoverSeconds).not.toBeNull();
    expect(takeoverSeconds!).toBeLessThan(5);
    expect(survivor.output()).toMatch(/Projections now run here: .*directory/);
    expect(checkedBeforeKill).toBeGreaterThan(10);
    expect(load.readBack.stale).toBe(0);
    await expectIntact(survivor, figures);
  }, 120_000);
});

describe('PostgreSQL frozen, then stopped in immediate mode, mid-load', () => {
  let postgres: DedicatedPostgres;
  let app: AppUnderTest;
  afterAll(async () => {
    await postgres?.thaw().catch(() => undefined);
    await app?.stop().catch(() => undefined);
    await postgres?.stop();
  });

  it('keeps the API up answering 503 problem+json, recovers by itself within seconds, and loses nothing acknowledged', async () => {
    postgres = await startDedicatedPostgres();
    app = await startAppUnderTest(env, { adminUrl: postgres.adminUrl, captureOutput: true });
    const token = (await login(new Http(app.baseUrl), 'rh')).token;
    const http = new Http(app.baseUrl, token);
    const load = new LoadClient({ tag: 'pg', token, targets: () => [app.baseUrl], readBack: true, auditedReads: await seededAgentIds(app.baseUrl, token) });
    load.start();
    await pause(3_000);

    // Frozen (SIGSTOP on the postmaster and every backend) for 10 s (the 20 s halved for CI time; the timeouts make 10 s as telling): connections accept, nothing answers.
    await postgres.freeze();
    const frozenAt = Date.now();
    await pause(1_500);
    const healthStarted = Date.now();
    const health = await http.get('/api/health');
    const healthMs = Date.now() - healthStarted;
    // Liveness does no I/O: a frozen database must not get the instance restarted, only taken out of rotation.
    const liveStarted = Date.now();
    const live = await http.get('/api/health/live');
    const liveMs = Date.now() - liveStarted;
    const ready = await http.get('/api/health/ready');
    const postStarted = Date.now();
    const refused = await http.post('/api/agents', { firstName: 'Pendant', lastName: 'Panne', postTitle: 'Essai', workEmail: 'pendant.panne@mairie-exemple.fr' });
    const postMs = Date.now() - postStarted;
    await pause(Math.max(0, 10_000 - (Date.now() - frozenAt)));
    await postgres.thaw();
    const thawedAt = Date.now();
    await pause(3_000);
    const afterFreeze = load.recoverySeconds(thawedAt);

    // Immediate stop (SIGQUIT: no checkpoint, connections cut), 4 s down, then crash recovery.
    await postgres.crash();
    const stoppedAt = Date.now();
    await pause(2_000);
    const duringStop = await http.post('/api/agents', { firstName: 'Pendant', lastName: 'Arret', postTitle: 'Essai', workEmail: 'pendant.arret@mairie-exemple.fr' });
    await pause(2_000);
    await postgres.start();
    const restartedAt = Date.now();
    await pause(3_000);
    await load.stop();
    const afterStop = load.recoverySeconds(restartedAt);

    expect(health.status).toBe(503);
    expect(health.body.status).toBe('unavailable');
    expect(healthMs).toBeLessThan(3_000);
    expect(live.status).toBe(200);
    expect(liveMs).toBeLessThan(500);
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('unavailable');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    expect(refused.body).toMatchObject({ code: 'PLATFORM.DATABASE_UNAVAILABLE', status: 503 });
    expect(refused.body.detail).toMatch(/réessayez/);
    expect(postMs).toBeLessThan(6_000);
    expect(duringStop.status).toBe(503);
    expect(duringStop.body.code).toBe('PLATFORM.DATABASE_UNAVAILABLE');
    expect(app.process.exitCode).toBeNull();
    expect(afterFreeze).not.toBeNull();
    expect(afterFreeze!).toBeLessThan(5);
    expect(afterStop).not.toBeNull();
    expect(afterStop!).toBeLessThan(5);
    expect((await http.get('/api/health')).status).toBe(200);
    expect((await http.get('/api/health/ready')).status).toBe(200);

    const figures = await writeFigures(app.databaseUrl, load, 'pg');
    report('PostgreSQL frozen 10 s, then immediate stop 4 s', figures, {
      frozenSeconds: (thawedAt - frozenAt) / 1000,
      stoppedSeconds: (restartedAt - stoppedAt) / 1000,
      recoverySecondsAfterFreeze: afterFreeze,
      recoverySecondsAfterRestart: afterStop,
      healthAnswerMsWhileFrozen: healthMs,
      postAnswerMsWhileFrozen: postMs,
    }, load);
    await expectIntact(app, figures);
    // Errors are readable and carry no SQL parameters or row values.
    const output = app.output();
    expect(output).not.toMatch(/"parameters"|"driverError"|Key \(/);
    expect(output).toMatch(/PLATFORM\.DATABASE_UNAVAILABLE|Query read timeout|timeout exceeded|Connection terminated/);
  }, 170_000);
});
