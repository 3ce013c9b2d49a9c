import { randomUUID } from 'node:crypto';
import { Viewer } from '@maillage/governance/contracts';
import { AuditEntry, AuditTrail, GovernanceOrganisationRelations, OrganisationRelations, PolicyRedactor } from '@maillage/governance/infrastructure';
import { Sql, systemClock } from '@maillage/shared/kernel';
import { TownHall } from '../city/town-hall';
import { ClientsRun, LatencySummary, runSeriesInRounds, summarize } from '../concurrency';
import { percentile, seededRandom } from '../stats';

export const VIEWER_KINDS = ['hr', 'manager', 'colleague', 'self'] as const;
export type ViewerKind = (typeof VIEWER_KINDS)[number];

interface Pair {
  readonly kind: ViewerKind;
  readonly viewer: Omit<Viewer, 'requestId'>;
  readonly subjectAgentId: string;
}

/** The SELECT of GetAgentHrRecordQuery (PostgresDirectoryReadModel.findHrRecord), without redaction. */
const HR_RECORD = `
  SELECT agent_id AS "agentId", employment, category, filiere, cadre_emplois AS "cadreEmplois", grade, matricule,
         hr_code AS "hrCode", dga_code AS "dgaCode", diplomas, experience
  FROM directory_agent_hr WHERE agent_id = $1`;

/**
 * Random (viewer, subject) pairs, a quarter of each kind: an HR officer (sees
 * and audits 8 fields), the subject's manager (5 fields, audited), a colleague
 * picked at random (sees nothing, nothing to audit), the subject themself
 * (sees everything, no relation lookup, no audit).
 */
function pairs(townHall: TownHall, hrAgentId: string, count: number): Pair[] {
  const random = seededRandom(11);
  const withManager = townHall.agents.filter((a) => a.managerId !== null);
  return Array.from({ length: count }, (_, i): Pair => {
    const kind = VIEWER_KINDS[i % VIEWER_KINDS.length];
    const subject = withManager[Math.floor(random() * withManager.length)];
    const agent = (agentId: string | null, roles: string[]) => ({ accountId: `bench-${agentId}`, agentId, roles });
    switch (kind) {
      case 'hr':
        return { kind, viewer: { ...agent(hrAgentId, ['agent', 'hr']), accountId: 'bench-rh' }, subjectAgentId: subject.agentId };
      case 'manager':
        return { kind, viewer: agent(subject.managerId, ['agent']), subjectAgentId: subject.agentId };
      case 'colleague':
        return { kind, viewer: agent(townHall.agents[Math.floor(random() * townHall.agents.length)].agentId, ['agent']), subjectAgentId: subject.agentId };
      case 'self':
        return { kind, viewer: agent(subject.agentId, ['agent']), subjectAgentId: subject.agentId };
    }
  });
}

/** The trail as shipped, timing how long each caller waits for its entry to be durable. */
class TimedAuditTrail extends AuditTrail {
  readonly waitsMs: number[] = [];

  override async record(entries: readonly AuditEntry[]): Promise<void> {
    const t0 = process.hrtime.bigint();
    await super.record(entries);
    this.waitsMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
}

function timedRelations(relations: OrganisationRelations, timesMs: number[]): OrganisationRelations {
  return {
    async relationsBetween(viewerAgentId, subjectAgentIds) {
      const t0 = process.hrtime.bigint();
      const found = await relations.relationsBetween(viewerAgentId, subjectAgentIds);
      timesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
      return found;
    },
  };
}

export interface RedactionReport {
  readonly callers: number;
  /** The HR record read alone: the baseline. */
  readonly read: LatencySummary;
  /** The same read, then redact(): what a profile read costs with governance. */
  readonly readAndRedact: LatencySummary;
  /** The same with the audit's commit not waiting for the WAL flush (synchronous_commit = off): not what ships. */
  readonly readAndRedactAsyncCommit: LatencySummary;
  /** redact() alone, timed inside the second series. */
  readonly redact: LatencySummary;
  readonly perKind: readonly { readonly kind: ViewerKind; readonly calls: number; readonly p50Ms: number; readonly p95Ms: number }[];
  /** Inside redact(): the relation lookup (non-self pairs) and the wait for the audit entry (audited reads). */
  readonly relationLookup: { readonly calls: number; readonly p50Ms: number; readonly p95Ms: number };
  readonly auditWait: { readonly calls: number; readonly p50Ms: number; readonly p95Ms: number };
  readonly auditedEntries: number;
}

const spread = (values: readonly number[]) => ({ calls: values.length, p50Ms: percentile(values, 50), p95Ms: percentile(values, 95) });

/**
 * redact() in-process, 10 concurrent callers, against the same read without
 * it, in alternating rounds. The redactor is the shipped class with its
 * shipped collaborators, two of them wrapped to time their part.
 */
export async function runRedactionTiming(
  db: Sql,
  /** The same database, on connections with synchronous_commit = off: what waiting for durability costs. */
  asyncCommitDb: Sql,
  auditKey: Buffer,
  townHall: TownHall,
  hrAgentId: string,
  options: { readonly requests: number; readonly rounds: number; readonly callers: number },
): Promise<RedactionReport> {
  const list = pairs(townHall, hrAgentId, options.requests);
  const relationMs: number[] = [];
  const trail = new TimedAuditTrail(db, auditKey, () => undefined);
  const redactor = new PolicyRedactor(db, timedRelations(new GovernanceOrganisationRelations(db), relationMs), systemClock, trail);
  const asyncTrail = new AuditTrail(asyncCommitDb, auditKey, () => undefined);
  const asyncRedactor = new PolicyRedactor(asyncCommitDb, new GovernanceOrganisationRelations(asyncCommitDb), systemClock, asyncTrail);
  const redactMs: { kind: ViewerKind; ms: number }[] = [];
  let audited = 0;
  const read = async (i: number) => {
    const rows = await db.query<Record<string, unknown>>(HR_RECORD, [list[i % list.length].subjectAgentId]);
    if (rows.length !== 1) throw new Error(`no HR record for ${list[i % list.length].subjectAgentId}`);
    return rows[0];
  };
  const series = [
    { key: 'read' as const, task: async (i: number) => void (await read(i)) },
    {
      key: 'readAndRedact' as const,
      task: async (i: number) => {
        const { agentId: _id, ...fields } = await read(i);
        const pair = list[i % list.length];
        const t0 = process.hrtime.bigint();
        const { shown } = await redactor.redact({ ...pair.viewer, requestId: randomUUID() }, pair.subjectAgentId, fields, 'bench: profile read');
        redactMs.push({ kind: pair.kind, ms: Number(process.hrtime.bigint() - t0) / 1e6 });
        if (pair.kind !== 'self' && Object.keys(shown).length > 0) audited++;
      },
    },
    {
      key: 'readAndRedactAsyncCommit' as const,
      task: async (i: number) => {
        const { agentId: _id, ...fields } = await read(i);
        const pair = list[i % list.length];
        await asyncRedactor.redact({ ...pair.viewer, requestId: randomUUID() }, pair.subjectAgentId, fields, 'bench: profile read');
      },
    },
  ];
  await runSeriesInRounds(series, { clients: options.callers, requests: 4 * options.callers, rounds: 1, capMs: 10_000 });
  redactMs.length = 0;
  relationMs.length = 0;
  trail.waitsMs.length = 0;
  audited = 0;
  const runs = await runSeriesInRounds(series, { clients: options.callers, requests: options.requests, rounds: options.rounds, capMs: 120_000 });
  await trail.onModuleDestroy();
  await asyncTrail.onModuleDestroy();
  const alone: ClientsRun = { ...runs.readAndRedact, latenciesMs: redactMs.map((r) => r.ms) };
  return {
    callers: options.callers,
    read: summarize(runs.read),
    readAndRedact: summarize(runs.readAndRedact),
    readAndRedactAsyncCommit: summarize(runs.readAndRedactAsyncCommit),
    redact: summarize(alone),
    perKind: VIEWER_KINDS.map((kind) => {
      const ms = redactMs.filter((r) => r.kind === kind).map((r) => r.ms);
      return { kind, calls: ms.length, p50Ms: percentile(ms, 50), p95Ms: percentile(ms, 95) };
    }),
    relationLookup: spread(relationMs),
    auditWait: spread(trail.waitsMs),
    auditedEntries: audited,
  };
}
