import { PROPOSED_COUNT, PROPOSED_PAGE } from './proposed-search';

/**
 * A preload for a second copy of the built app: once the compiled
 * postgres-directory-read-model.js is loaded, its text searches run the
 * bench's proposed SQL (same parameters, same page and total); searches
 * without text keep the shipped query. libs/ and dist/ are not touched; only
 * the bench's private copy of the build runs this.
 */
export function patchedAppPreload(): string {
  return `'use strict';
// Written by tools/bench/search/patched-app.ts for one bench run.
const Module = require('node:module');
const path = require('node:path');
const PAGE = ${JSON.stringify(PROPOSED_PAGE)};
const COUNT = ${JSON.stringify(PROPOSED_COUNT)};
const load = Module._load;
let patched = false;
Module._load = function (...args) {
  const loaded = load.apply(this, args);
  if (!patched && loaded && typeof loaded.PostgresDirectoryReadModel === 'function') {
    patched = true;
    const { foldForSearch } = require(path.join(__dirname, 'libs/directory/infrastructure/src/lib/search-text.js'));
    const proto = loaded.PostgresDirectoryReadModel.prototype;
    const shipped = proto.searchAgents;
    proto.searchAgents = async function ({ text, directionId, unitId, status, page, pageSize }) {
      const words = text ? foldForSearch(text).split(/[^a-z0-9]+/).filter((w) => w.length > 0).slice(0, 8) : [];
      if (words.length === 0) return shipped.apply(this, arguments);
      const params = [words.map((w) => w + ':*').join(' & '), foldForSearch(text), directionId ?? null, unitId ?? null, status ?? null];
      const rows = await this.db.query(PAGE, [...params, pageSize, (page - 1) * pageSize]);
      const total = rows.length > 0 ? Number(rows[0].total) : Number((await this.db.query(COUNT, params))[0].n);
      return { items: rows.map(({ total: _total, ...entry }) => entry), total, page, pageSize };
    };
  }
  return loaded;
};
`;
}
