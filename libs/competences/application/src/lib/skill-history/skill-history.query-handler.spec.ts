import type { SkillSummary } from '@maillage/competences/contracts';
import type { AgentNames } from '@maillage/directory/contracts';
import { Actor, ConcurrencyError, EventStore, NewEvent, RecordedEvent } from '@maillage/shared/kernel';
import { MergeSkillCommand, RenameSkillCommand } from '../competences.commands';
import { MergeSkillHandler, RenameSkillHandler } from '../competences.handlers';
import type { CompetencesReadModel } from '../ports';
import { GetSkillHistoryHandler, GetSkillHistoryQuery } from './skill-history.query-handler';

/** Streams in memory: enough of the EventStore port for load → decide → append and for reading history. */
class StreamsInMemory implements Pick<EventStore, 'append' | 'readStream'> {
  readonly streams = new Map<string, RecordedEvent[]>();
  private position = 0;

  async readStream(streamId: string) {
    return this.streams.get(streamId) ?? [];
  }

  async append(streamId: string, events: readonly NewEvent[], expected: number | 'no_stream' | 'any' | 'stream_exists') {
    const stream = this.streams.get(streamId) ?? [];
    const actual = stream.length === 0 ? 'no_stream' : stream.length - 1;
    if (expected !== 'any' && expected !== actual) throw new ConcurrencyError(streamId, expected, actual);
    for (const e of events) {
      this.position++;
      stream.push({ ...e, schemaVersion: 1, streamId, streamVersion: stream.length, logPosition: { transaction: this.position, position: 0 } } as RecordedEvent);
    }
    this.streams.set(streamId, stream);
    return { streamVersion: stream.length - 1, logPosition: { transaction: this.position, position: 0 } };
  }
}

const ADMIN_AGENT = '7a1c2e4d-0000-4000-8000-000000000001';
const admin: Actor = { accountId: 'account-admin', agentId: ADMIN_AGENT, roles: ['agent', 'admin'], requestId: 'req-1' };
let now = Date.parse('2026-12-01T09:00:00Z');
const clock = { now: () => new Date((now += 60_000)) };

function defined(skillId: string, label: string, actorAgentId: string | null = null): RecordedEvent {
  return {
    eventId: `e-${skillId}`, type: 'SkillDefined', schemaVersion: 1, streamId: `skill-${skillId}`, streamVersion: 0, logPosition: { transaction: 0, position: 0 },
    data: { skillId, label, domain: 'Numérique et SI', synonyms: [] },
    metadata: { actorId: 'system', actorAgentId, roles: ['system'], correlationId: 'seed', causationId: 'seed', occurredAt: '2026-01-01T08:00:00.000Z' },
  };
}

function setUp() {
  const store = new StreamsInMemory();
  store.streams.set('skill-sig', [defined('sig', 'SIG')]);
  store.streams.set('skill-carto', [defined('carto', 'Cartographie')]);
  const summaries = (): SkillSummary[] =>
    [...store.streams.values()].map((events) => {
      const first = events[0].data as { skillId: string; label: string };
      const merged = events.find((e) => e.type === 'SkillsMerged')?.data as { intoSkillId: string } | undefined;
      const renamed = events.filter((e) => e.type === 'SkillRenamed').at(-1)?.data as { to: string } | undefined;
      return { skillId: first.skillId, label: renamed?.to ?? first.label, domain: 'Numérique et SI', synonyms: [], mergedInto: merged?.intoSkillId ?? null, version: events.length - 1 };
    });
  const readModel = {
    findSkill: async (id: string) => summaries().find((s) => s.skillId === id) ?? null,
    skillsMergedInto: async (id: string) => summaries().filter((s) => s.mergedInto === id),
  } as Partial<CompetencesReadModel> as CompetencesReadModel;
  const names = { displayNamesOf: async (ids: readonly string[]) => new Map(ids.filter((id) => id === ADMIN_AGENT).map((id) => [id, 'Claire Admin'])) } as Partial<AgentNames> as AgentNames;
  const eventStore = store as unknown as EventStore;
  return {
    store,
    rename: new RenameSkillHandler(eventStore, clock, readModel),
    merge: new MergeSkillHandler(eventStore, clock, readModel),
    history: new GetSkillHistoryHandler(eventStore, readModel, names),
  };
}

describe('skill history (GetSkillHistoryHandler)', () => {
  it('words a rename with its author, and shows a merge on both the duplicate and the surviving skill', async () => {
    const { rename, merge, history } = setUp();
    await rename.execute(new RenameSkillCommand('carto', 'Cartographie numérique', 0, admin));
    await merge.execute(new MergeSkillCommand('carto', 'sig', 1, admin));

    const duplicate = await history.execute(new GetSkillHistoryQuery('carto'));
    expect(duplicate.map((e) => e.type)).toEqual(['SkillDefined', 'SkillRenamed', 'SkillsMerged']);
    expect(duplicate[0].actor).toBe('système');
    expect(duplicate[1]).toMatchObject({ actor: 'Claire Admin', data: { from: 'Cartographie', to: 'Cartographie numérique' } });
    expect(duplicate[2]).toMatchObject({ data: { skillId: 'carto', skillLabel: 'Cartographie numérique', intoSkillId: 'sig', intoLabel: 'SIG' } });

    const survivor = await history.execute(new GetSkillHistoryQuery('sig'));
    expect(survivor.map((e) => e.type)).toEqual(['SkillDefined', 'SkillsMerged']);
    expect(survivor[1]).toMatchObject({ actor: 'Claire Admin', data: { skillId: 'carto', intoSkillId: 'sig' } });
    expect(Date.parse(survivor[1].occurredAt)).toBeGreaterThan(Date.parse(survivor[0].occurredAt));
  });

  it('refuses an unknown skill with a stable not-found code', async () => {
    await expect(setUp().history.execute(new GetSkillHistoryQuery('inconnue'))).rejects.toMatchObject({ code: 'COMPETENCES.SKILL_NOT_FOUND', kind: 'not_found' });
  });

  it('refuses a rename made on a stale version, without appending anything', async () => {
    const { rename, store } = setUp();
    await rename.execute(new RenameSkillCommand('carto', 'Carto 1', 0, admin));
    await expect(rename.execute(new RenameSkillCommand('carto', 'Carto 2', 0, admin))).rejects.toMatchObject({ code: 'EVENT_STORE.WRONG_EXPECTED_VERSION' });
    expect(store.streams.get('skill-carto')).toHaveLength(2);
  });
});
