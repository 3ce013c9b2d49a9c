import { AppendRow, TargetName, TARGETS } from './append/run-append-bench';
import { int, ms, pct, ratio, table, targetLine } from './report-format';
import { StoreResults } from './results';

const shapeLabel = (r: AppendRow) => `${r.shape.writers} writer${r.shape.writers > 1 ? 's' : ''} x ${r.shape.batchSize} ev`;

function find(rows: readonly AppendRow[], target: TargetName, writers: number, batchSize: number): AppendRow | undefined {
  return rows.find((r) => r.target === target && r.shape.writers === writers && r.shape.batchSize === batchSize);
}

function appendSection(store: StoreResults, repetitions: number, repetitionMs: number, warmupMs: number): string[] {
  const { appends } = store;
  const rows = appends.map((r, i) => [
    i % TARGETS.length === 0 ? shapeLabel(r) : '',
    r.target,
    int(r.appendsPerSec),
    int(r.eventsPerSec),
    ms(r.p50Ms),
    ms(r.p95Ms),
    r.seqRowsPerAppend === null ? '' : int(r.seqRowsPerAppend),
    r.repetitions.map((x) => int(x.appendsPerSec)).join(' / '),
  ]);
  const shapes = appends.filter((_, i) => i % TARGETS.length === 0);
  const eventsRatio = (a: AppendRow | undefined, b: AppendRow | undefined) => (a && b ? ratio(a.eventsPerSec, b.eventsPerSec) : '-');
  const ratios = shapes.map((s) => {
    const { writers, batchSize } = s.shape;
    const ours = find(appends, 'ours', writers, batchSize);
    return [shapeLabel(s), eventsRatio(ours, find(appends, 'plain INSERT', writers, batchSize)), eventsRatio(ours, find(appends, 'Emmett', writers, batchSize))];
  });
  return [
    `1-3. APPEND THROUGHPUT — median of ${repetitions} repetitions of ${repetitionMs / 1000} s ` +
      `(after ${warmupMs / 1000} s warm-up), targets alternating; fresh database per target and shape`,
    '',
    table(
      ['shape', 'target', 'appends/s', 'events/s', 'p50 ms', 'p95 ms', 'seq rows/append', 'appends/s per repetition'],
      rows,
      [2, 3, 4, 5, 6],
    ),
    '',
    '  ours: the shipped PostgresEventStore on EVENT_STORE_MIGRATIONS (append_to_stream as tuned by EventStoreFasterAppend1764576600000).',
    '  seq rows/append: rows of `events` read by sequential scans per append (pg_stat_user_tables, warm-up included).',
    '  On a shared 2-core machine absolute figures move a lot between runs (see the per-repetition column); the',
    '  ratios below compare targets measured side by side, and hold much better.',
    '',
    '4. RATIOS (events/s, same run)',
    '',
    table(['shape', 'ours/plain', 'ours/Emmett'], ratios, [1, 2]),
  ];
}

function rebuildSection(store: StoreResults): string[] {
  const { rebuild } = store;
  const rows = rebuild.runs.map((r) => [
    r.store,
    String(r.batchSize),
    String(rebuild.repetitions),
    int(r.eventsPerSec),
    (r.ms / 1000).toFixed(1),
    pct(r.readShare),
    pct(r.applyShare),
    r.projected === rebuild.events ? 'all' : `MISSING ${int(rebuild.events - r.projected)}`,
  ]);
  const pages = Object.entries(rebuild.pageMs).map(([name, p]) => [name, ms(p.beforeAnalyze), ms(p.afterAnalyze)]);
  return [
    `5. PROJECTION REBUILD — ProjectionRunner.catchUp() from zero over ${int(rebuild.events)} events in ${int(rebuild.streams)} streams`,
    `   (log loaded at ${int(rebuild.loadEventsPerSec)} events/s with multi-row INSERTs of 500 events per transaction, then ANALYZE;`,
    '   projection: one set-based upsert per batch into agent_activity, guarded by stream version; median of the runs)',
    '',
    table(['store', 'batch', 'runs', 'events/s', 'seconds', 'reading', 'applying', 'projected'], rows, [1, 2, 3, 4, 5, 6]),
    '',
    '   One filtered page (1,000 events, mid-log) read before / after ANALYZE events:',
    '',
    table(['store', 'before ms', 'after ms'], pages, [1, 2]),
  ];
}

const shortType = (type: string) => (type.startsWith('Slow') ? 'T1' : type.startsWith('Fast') ? 'T2' : type);

function lateCommitSection(store: StoreResults): string[] {
  const { lateCommit, logOrder } = store;
  const scenarioRows = lateCommit.scenarios.map((s) => [
    s.scenario,
    s.store,
    s.slow && s.fast ? `T1 ${s.slow.transaction}/${s.slow.position}, T2 ${s.fast.transaction}/${s.fast.position}` : '?',
    s.whileOpen.length === 0 ? '-' : s.whileOpen.map(shortType).join(', '),
    s.delivered.map(shortType).join(', '),
    s.lost.length === 0 ? 'OK' : `LOST ${s.lost.map(shortType).join(', ')}`,
  ]);
  const stories = [...new Map(lateCommit.scenarios.map((s) => [s.scenario, s.story])).entries()].map(([n, story]) => `   ${n}: ${story}`);
  const concurrent = lateCommit.concurrent.map((c) => [
    c.store,
    int(c.appended),
    int(c.inverted),
    int(c.delivered),
    c.lost === 0 ? 'OK' : `LOST ${int(c.lost)}`,
    int(c.freshReader),
  ]);
  const order = logOrder
    ? [
        '',
        `   Log order across a transaction-id digit boundary: ${logOrder.appended} single-event appends in transactions ` +
          `${logOrder.firstTransaction}..${logOrder.lastTransaction}, read from zero by a ProjectionRunner (batch 20):`,
        ...Object.entries(logOrder.delivered).map(
          ([name, n]) => `     ${name}: ${n} delivered — ${n === logOrder.appended ? 'OK' : `LOST ${logOrder.appended - n}`}`,
        ),
      ]
    : ['', '   Log order across a transaction-id digit boundary: skipped (the next power of ten was too far away).'];
  return [
    '6. LATE COMMIT — does an event whose transaction commits late ever reach a running reader?',
    '   T1 = the store\'s own append statement run in a transaction we hold open; T2 = the public append (or the same',
    '   statement in a transaction, when it must take its id early). Positions shown as transaction id / global position.',
    ...stories,
    '',
    table(['case', 'store', 'T1 and T2 in the log', 'delivered while T1 open', 'delivered in the end', 'verdict'], scenarioRows),
    '',
    '   Concurrent writers: 8 writers, single-event appends through the public API, reader running throughout, no staging:',
    '',
    table(['store', 'appended', 'position below an older transaction', 'delivered', 'verdict', 'fresh reader afterwards'], concurrent, [1, 2, 3, 5]),
    ...order,
    '',
    '   How each reader was driven:',
    ...Object.entries(lateCommit.readers).map(([name, how]) => `     ${name}: ${how}`),
  ];
}

export function storeTargets(store: StoreResults): string[] {
  const row = (t: TargetName, w: number, b: number) => find(store.appends, t, w, b);
  const lines: string[] = [];
  const single = row('ours', 8, 1);
  const batch = row('ours', 8, 10);
  if (single) lines.push(targetLine('store: >= 2,000 appends/s, 8 writers, 1-event appends', int(single.appendsPerSec), 'appends/s', single.appendsPerSec >= 2000));
  if (batch) lines.push(targetLine('store: >= 20,000 events/s, 8 writers, 10-event batches', int(batch.eventsPerSec), 'events/s', batch.eventsPerSec >= 20000));
  const plainBatch = row('plain INSERT', 8, 10);
  if (plainBatch) {
    lines.push(`   (the physical limit here — plain INSERT, 8 writers, 10-event batches: ${int(plainBatch.eventsPerSec)} events/s)`);
  }
  for (const r of store.rebuild.runs) {
    const complete = r.projected === store.rebuild.events;
    lines.push(
      targetLine(`store: rebuild >= 20,000 events/s, batch ${r.batchSize}`, int(r.eventsPerSec), 'events/s', r.eventsPerSec >= 20000) +
        (complete ? '' : ' (and events MISSING)'),
    );
  }
  return lines;
}

export function storeSections(store: StoreResults, config: { repetitions: number; repetitionMs: number; warmupMs: number }): string[] {
  return [
    ...appendSection(store, config.repetitions, config.repetitionMs, config.warmupMs),
    '',
    ...rebuildSection(store),
    '',
    ...lateCommitSection(store),
  ];
}
