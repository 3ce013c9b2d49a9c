import 'reflect-metadata';
import { verifyAuditChain } from '@maillage/governance/infrastructure';
import { Pool } from 'pg';
import { PoolSql } from '@maillage/shared/event-store';
import { BenchConfig } from '../bench-config';
import { LatencySummary } from '../concurrency';
import { City } from '../city/open-city';
import { AuditRun, runAuditThroughput } from './audit-throughput';
import { commitFloor } from './commit-floor';
import { ProfileReadsReport, runProfileReads } from './profile-reads-http';
import { RedactionReport, runRedactionTiming } from './redaction-timing';

export const CALLERS = 10;
export const AUDIT_CALLERS = 50;

export interface PrivacyReport {
  readonly http: ProfileReadsReport;
  readonly redaction: RedactionReport;
  readonly audit: readonly AuditRun[];
  /** A bare one-row transaction's commit, from 1 and 10 callers: what a durable audit cannot go under. */
  readonly commitFloor: { readonly single: LatencySummary; readonly ten: LatencySummary };
  readonly verification: { readonly ok: boolean; readonly checked: number; readonly seconds: number; readonly firstBroken: string | null };
}

/**
 * The cost of governance on a profile read: over HTTP (HR's audited reads
 * against the agents' own), in-process (PolicyRedactor.redact against the
 * bare read), then AuditTrail.record throughput and a full chain verification.
 */
export async function runPrivacyBench(city: City, config: BenchConfig, log: (line: string) => void): Promise<PrivacyReport> {
  const http = await runProfileReads(city, { requests: config.profileReads, rounds: config.rounds, clients: CALLERS });
  log(`  profile reads over HTTP, p95: audited ${http.audited.p95Ms.toFixed(1)} ms, self ${http.self.p95Ms.toFixed(1)} ms`);

  // The app's own port over a pool of 20, its classes, its clock.
  const dbPool = new Pool({ connectionString: city.url, max: 20 });
  const db = new PoolSql(dbPool);
  const asyncCommitPool = new Pool({ connectionString: city.url, max: 20, options: '-c synchronous_commit=off' });
  const asyncCommitDb = new PoolSql(asyncCommitPool);
  const [{ synchronous_commit: asyncSetting }] = await asyncCommitDb.query<{ synchronous_commit: string }>('SHOW synchronous_commit');
  if (asyncSetting !== 'off') throw new Error(`synchronous_commit is ${asyncSetting} on the async-commit connections`);
  const pool = new Pool({ connectionString: city.url, max: CALLERS });
  try {
    const floor = await commitFloor(pool, 400);
    const redaction = await runRedactionTiming(db, asyncCommitDb, city.auditKey, city.townHall, city.hr.agentId, {
      requests: config.profileReads,
      rounds: config.rounds,
      callers: CALLERS,
    });
    log(`  redact() p95 ${redaction.redact.p95Ms.toFixed(2)} ms; read ${redaction.read.p95Ms.toFixed(2)} ms vs read + redact ${redaction.readAndRedact.p95Ms.toFixed(2)} ms`);

    const subjects = city.townHall.agents.map((a) => a.agentId);
    const audit: AuditRun[] = [];
    audit.push(await runAuditThroughput(db, pool, city.auditKey, subjects, AUDIT_CALLERS, config.auditEntries));
    audit.push(await runAuditThroughput(db, pool, city.auditKey, subjects, 1, config.auditEntriesSingleCaller));
    log(`  audit: ${audit.map((a) => `${a.callers} caller(s) ${Math.round(a.entriesPerSec)} entries/s`).join(', ')}`);

    const t0 = Date.now();
    const verified = await verifyAuditChain(pool, city.auditKey);
    const seconds = (Date.now() - t0) / 1000;
    log(`  audit chain verified: ${verified.ok ? 'ok' : 'BROKEN'}, ${verified.checked} entries in ${seconds.toFixed(1)} s`);
    return {
      http,
      redaction,
      audit,
      commitFloor: floor,
      verification: {
        ok: verified.ok,
        checked: verified.checked,
        seconds,
        firstBroken: verified.firstBroken ? `${verified.firstBroken.seq}: ${verified.firstBroken.reason}` : null,
      },
    };
  } finally {
    await pool.end();
    await dbPool.end();
    await asyncCommitPool.end();
  }
}
