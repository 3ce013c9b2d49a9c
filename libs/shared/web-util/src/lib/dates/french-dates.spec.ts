// This spec runs the formatter in child Node processes (one per time zone): it, alone among the web specs, needs Node's types.
/// <reference types="node" />
import { execFileSync } from 'node:child_process';
import { formatDateOnly, formatInstant } from './french-dates';

const ZONES = ['Pacific/Honolulu', 'Europe/Paris', 'Asia/Tokyo'] as const;

/**
 * Runs the formatter in a fresh Node whose process time zone is `zone`, the way a browser
 * set to that zone would run it, and returns what it printed. The local-midnight probe
 * shows the zone really applies: the old `date:'longDate':'UTC'` reading moves a day there.
 */
function formatUnder(zone: string): { dateOnly: string; short: string; instant: string; oldWay: string } {
  const script = `
    const { formatDateOnly, formatInstant } = require(${JSON.stringify(require.resolve('./french-dates'))});
    const utc = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    process.stdout.write(JSON.stringify({
      dateOnly: formatDateOnly('2026-12-07'),
      short: formatDateOnly('2026-12-07', 'short'),
      instant: formatInstant('2026-12-07T21:48:00Z'),
      oldWay: utc.format(new Date(2026, 11, 7)),
    }));`;
  const out = execFileSync(process.execPath, ['-r', '@swc-node/register', '-e', script], {
    env: { ...process.env, TZ: zone, SWC_NODE_PROJECT: 'tsconfig.base.json' },
    cwd: require('node:path').resolve(__dirname, '../../../../../..'),
    encoding: 'utf8',
  });
  return JSON.parse(out);
}

describe('French dates', () => {
  describe.each(ZONES)('in a browser set to %s', (zone) => {
    const seen = formatUnder(zone);

    it('shows a date-only value on its own day, long and short', () => {
      expect(seen.dateOnly).toBe('7 décembre 2026');
      expect(seen.short).toBe('07/12/2026');
    });

    it('shows an instant on the Paris wall clock', () => {
      expect(seen.instant).toBe('7 décembre 2026 à 22:48');
    });
  });

  it('the zones really differ in the child processes (the old UTC reading moved east of UTC a day back)', () => {
    expect(formatUnder('Europe/Paris').oldWay).toBe('6 décembre 2026');
    expect(formatUnder('Pacific/Honolulu').oldWay).toBe('7 décembre 2026');
  });

  it('writes the first of the month as an ordinal', () => {
    expect(formatDateOnly('2027-01-01')).toBe('1er janvier 2027');
    expect(formatDateOnly('2027-01-11')).toBe('11 janvier 2027');
    expect(formatInstant('2026-12-31T23:30:00Z')).toBe('1er janvier 2027 à 00:30');
  });

  it('reads the day of a full timestamp given where a date is expected, never shifting it', () => {
    expect(formatDateOnly('2026-12-07T00:00:00.000Z')).toBe('7 décembre 2026');
  });

  it('shows nothing for a missing value and an impossible day as it came', () => {
    expect(formatDateOnly(null)).toBe('');
    expect(formatDateOnly('2026-02-31')).toBe('2026-02-31');
    expect(formatInstant('pas une date')).toBe('pas une date');
  });

  it('offers seconds and date-only styles for instants (summer time in Paris is UTC+2)', () => {
    expect(formatInstant('2026-07-14T08:05:09Z', 'dateTimeSeconds')).toBe('14 juillet 2026 à 10:05:09');
    expect(formatInstant('2026-07-14T23:05:09Z', 'date')).toBe('15 juillet 2026');
  });
});
