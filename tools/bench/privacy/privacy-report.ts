import { int, ms, table, targetLine } from '../report-format';
import { LATENCY_HEADERS, latencyCells } from '../search/search-report';
import { AUDIT_CALLERS, PrivacyReport } from './run-privacy-bench';

const added = (with_: number, without: number) => ms(with_ - without);

export function privacySection(report: PrivacyReport): string[] {
  const { http, redaction, audit, verification, commitFloor } = report;
  const auditRows = audit.map((a) => [
    String(a.callers),
    int(a.entries),
    int(a.entriesPerSec),
    int(a.batches.count),
    a.batches.mean.toFixed(1),
    int(a.batches.p50),
    int(a.batches.max),
    ms(a.wait.p50Ms),
    ms(a.wait.p95Ms),
  ]);
  return [
    '8. PRIVACY — what redaction + audit add to a profile read, and the audit trail\'s throughput (same city, same app)',
    '',
    `   (a) GET /api/agents/:id over HTTP, ${http.clients} clients, the same ${http.subjects} agents read by the HR user (relation lookup,`,
    `       ${http.auditedFieldsShown} sensitive fields shown, one audit entry per read) and by themselves (policy only, no audit):`,
    '',
    table(
      ['reader', ...LATENCY_HEADERS],
      [
        ['HR user (audited)', ...latencyCells(http.audited)],
        ['the agent themself', ...latencyCells(http.self)],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
    '',
    `       added by the relation lookup + audit: ${added(http.audited.p50Ms, http.self.p50Ms)} ms at p50, ${added(http.audited.p95Ms, http.self.p95Ms)} ms at p95`,
    '',
    `   (b) In-process: PolicyRedactor + AuditTrail on the app's Sql port over a pool of 20, GovernanceOrganisationRelations,`,
    `       systemClock; ${redaction.callers} concurrent callers; random (viewer, subject) pairs, a quarter each: HR, the subject's`,
    '       manager, a random colleague, the subject; baseline = the HR record SELECT of GetAgentHrRecordQuery alone:',
    '',
    table(
      ['series', ...LATENCY_HEADERS],
      [
        ['HR record read (baseline)', ...latencyCells(redaction.read)],
        ['read + redact()', ...latencyCells(redaction.readAndRedact)],
        ['redact() alone', ...latencyCells(redaction.redact)],
        ['read + redact(), audit commit async *', ...latencyCells(redaction.readAndRedactAsyncCommit)],
      ],
      [1, 2, 3, 4, 5, 6],
    ),
    '',
    `       added by redaction + audit: ${added(redaction.readAndRedact.p50Ms, redaction.read.p50Ms)} ms at p50, ` +
      `${added(redaction.readAndRedact.p95Ms, redaction.read.p95Ms)} ms at p95; ${int(redaction.auditedEntries)} reads audited.`,
    `       * not what ships: the audit's connections with synchronous_commit = off (commit returns before the WAL flush; a`,
    `         PostgreSQL crash could lose the last few hundred ms of entries): ${added(redaction.readAndRedactAsyncCommit.p50Ms, redaction.read.p50Ms)} ms ` +
      `added at p50, ${added(redaction.readAndRedactAsyncCommit.p95Ms, redaction.read.p95Ms)} ms at p95.`,
    '       redact() by viewer: ' + redaction.perKind.map((k) => `${k.kind} p50 ${ms(k.p50Ms)} / p95 ${ms(k.p95Ms)} ms`).join('; '),
    `       inside redact(): relation lookup p50 ${ms(redaction.relationLookup.p50Ms)} / p95 ${ms(redaction.relationLookup.p95Ms)} ms ` +
      `(${int(redaction.relationLookup.calls)} calls, in parallel with the one policy-and-choices read); ` +
      `audit entry durable p50 ${ms(redaction.auditWait.p50Ms)} / p95 ${ms(redaction.auditWait.p95Ms)} ms (${int(redaction.auditWait.calls)} calls).`,
    '',
    `       The floor: a bare one-row INSERT + COMMIT (durable, fsync on) takes p50 ${ms(commitFloor.single.p50Ms)} / p95 ${ms(commitFloor.single.p95Ms)} ms ` +
      `from 1 caller, p50 ${ms(commitFloor.ten.p50Ms)} / p95 ${ms(commitFloor.ten.p95Ms)} ms from 10;`,
    '       an audited read waits for one such commit (its batch, one statement: guarded head update + INSERT),',
    '       after the batch before it.',
    '',
    '   (c) AuditTrail.record, one entry per call, awaited (as redact() calls it); batches read back from the table (one xmin each):',
    '',
    table(
      ['callers', 'entries', 'entries/s', 'batches', 'mean batch', 'p50 batch', 'max batch', 'wait p50 ms', 'wait p95 ms'],
      auditRows,
      [0, 1, 2, 3, 4, 5, 6, 7, 8],
    ),
    '',
    `       verifyAuditChain over the whole trail: ${verification.ok ? 'ok' : `BROKEN at ${verification.firstBroken}`}, ` +
      `${int(verification.checked)} entries in ${verification.seconds.toFixed(1)} s (${int(verification.checked / verification.seconds)} entries/s).`,
  ];
}

export function privacyTargets(report: PrivacyReport): string[] {
  const { redaction, audit, verification } = report;
  const addedP95 = redaction.readAndRedact.p95Ms - redaction.read.p95Ms;
  const many = audit.find((a) => a.callers === AUDIT_CALLERS);
  const lines = [targetLine('privacy: redaction + audit add < 2 ms at p95 (in-process, 10 callers)', ms(addedP95), 'ms', addedP95 < 2)];
  if (many) lines.push(targetLine(`privacy: audit appends >= 1,000/s on 2 cores (${AUDIT_CALLERS} callers, batched)`, int(many.entriesPerSec), 'entries/s', many.entriesPerSec >= 1000));
  lines.push(targetLine(`privacy: the audit chain verifies (${int(verification.checked)} entries)`, verification.ok ? 'ok' : 'broken', '', verification.ok));
  return lines;
}
