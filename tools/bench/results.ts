import { AppendRow } from './append/run-append-bench';
import { BenchConfig } from './bench-config';
import { CityReport } from './city/open-city';
import { LogOrderOutcome } from './late-commit/log-order-check';
import { LateCommitReport } from './late-commit/run-late-commit';
import { PrivacyReport } from './privacy/run-privacy-bench';
import { RebuildReport } from './rebuild/run-rebuild-bench';
import { SearchReport } from './search/run-search-bench';

export interface Environment {
  readonly startedAt: string;
  readonly cpus: string;
  readonly node: string;
  readonly postgres: string;
  readonly settings: Record<string, string>;
  readonly eventBytes: { readonly data: number; readonly metadata: number };
  readonly otherLoad: string;
}

export interface StoreResults {
  readonly logOrder: LogOrderOutcome | null;
  readonly appends: readonly AppendRow[];
  readonly rebuild: RebuildReport;
  readonly lateCommit: LateCommitReport;
  readonly emmettPeakRssBytes: number;
}

/** Everything a run measured: printed as tables, written as JSON. Sections not run (BENCH_ONLY) are null. */
export interface BenchResults {
  readonly environment: Environment;
  readonly config: BenchConfig;
  readonly store: StoreResults | null;
  readonly city: CityReport | null;
  readonly search: SearchReport | null;
  readonly privacy: PrivacyReport | null;
  readonly peakRssBytes: { readonly bench: number; readonly app: number | null };
  readonly sectionSec: Record<string, number>;
  readonly durationSec: number;
}
