import { privacySection, privacyTargets } from './privacy/privacy-report';
import { mb } from './report-format';
import { BenchResults } from './results';
import { citySection, searchSection, searchTargets } from './search/search-report';
import { storeSections, storeTargets } from './store-report';

export function renderReport(results: BenchResults): string {
  const { environment: env, config } = results;
  const sections: string[][] = [];
  if (results.store) sections.push(storeSections(results.store, config));
  if (results.search) sections.push(searchSection(results.search, results.city));
  if (results.privacy) {
    // Without the search section, the city it describes comes with this one.
    const city = results.city && !results.search ? ['THE CITY', ...citySection(results.city), ''] : [];
    sections.push([...city, ...privacySection(results.privacy)]);
  }
  const targets = [
    ...(results.store ? storeTargets(results.store) : []),
    ...(results.search ? searchTargets(results.search) : []),
    ...(results.privacy ? privacyTargets(results.privacy) : []),
  ];
  const rss = [
    `bench process ${mb(results.peakRssBytes.bench)}`,
    ...(results.store ? [`Emmett worker process ${mb(results.store.emmettPeakRssBytes)}`] : []),
    ...(results.peakRssBytes.app !== null ? [`app process (50k city) ${mb(results.peakRssBytes.app)}`] : []),
  ];
  return [
    `MAILLAGE BENCH — ${env.startedAt} — ${config.quick ? 'QUICK run (BENCH_QUICK=1)' : 'full run'}, sections ${config.sections.join(', ')}, ` +
      `${results.durationSec.toFixed(0)} s (${Object.entries(results.sectionSec).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', ')})`,
    `Machine: ${env.cpus}; Node ${env.node}; ${env.postgres}`,
    `PostgreSQL settings: ${Object.entries(env.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`,
    `Other load on the machine when we started: ${env.otherLoad}`,
    ...(results.store
      ? [
          `Events: ${env.eventBytes.data} B of JSON data + ${env.eventBytes.metadata} B of metadata (kernel EventMetadata); ` +
            'each writer owns 16 streams and passes the exact expected version; pools of 10 connections.',
        ]
      : []),
    '',
    ...sections.flatMap((s) => [...s, '']),
    'TARGETS (figures from this run)',
    ...targets,
    '',
    `PEAK RSS: ${rss.join(', ')} (PostgreSQL not included)`,
  ].join('\n');
}
