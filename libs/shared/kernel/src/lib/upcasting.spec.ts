import { UpcasterRegistry } from './upcasting';

const catalog = {
  context: 'test',
  versions: { Renamed: 3, Created: 1 },
  upcasters: [
    { type: 'Renamed', fromVersion: 1, upcast: (d: unknown) => ({ ...(d as object), to: (d as { name: string }).name }) },
    { type: 'Renamed', fromVersion: 2, upcast: (d: unknown) => ({ ...(d as object), by: 'unknown' }) },
  ],
};

describe('UpcasterRegistry', () => {
  const registry = new UpcasterRegistry([catalog]);

  it('chains every step from the stored version to the current one', () => {
    expect(registry.upcast({ type: 'Renamed', schemaVersion: 1, data: { name: 'A' } })).toEqual({
      type: 'Renamed', schemaVersion: 3, data: { name: 'A', to: 'A', by: 'unknown' },
    });
    expect(registry.upcast({ type: 'Renamed', schemaVersion: 2, data: { to: 'B' } }).data).toEqual({ to: 'B', by: 'unknown' });
  });

  it('returns an event already current, or of a type nobody declared, unchanged', () => {
    const current = { type: 'Renamed', schemaVersion: 3, data: {} };
    const foreign = { type: 'Other', schemaVersion: 1, data: {} };
    expect(registry.upcast(current)).toBe(current);
    expect(registry.upcast(foreign)).toBe(foreign);
  });

  it('stores each type at its current version unless the event says otherwise', () => {
    expect(registry.versionOf({ type: 'Renamed' })).toBe(3);
    expect(registry.versionOf({ type: 'Other' })).toBe(1);
    expect(registry.versionOf({ type: 'Renamed', schemaVersion: 1 })).toBe(1);
  });

  it('refuses a gap in a chain, a step past the current version and a type declared twice', () => {
    expect(() => new UpcasterRegistry([{ ...catalog, upcasters: catalog.upcasters.slice(1) }])).toThrow('No upcaster for Renamed@1');
    expect(() => new UpcasterRegistry([{ ...catalog, upcasters: [...catalog.upcasters, { type: 'Created', fromVersion: 1, upcast: (d: unknown) => d }] }])).toThrow('leads nowhere');
    expect(() => new UpcasterRegistry([catalog, { context: 'other', versions: { Created: 1 }, upcasters: [] }])).toThrow('declared by two contexts');
  });
});
