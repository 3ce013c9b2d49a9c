import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory search without a trigram scan over every agent (`npm run bench:search`):
 * - one vector per agent holds what it is found by: names (A), post (B), unit (C),
 *   direction (D), as plain folded words (`simple_unaccent`) for prefixes, so "dia"
 *   is the start of "Diallo" and not of the stem "di" of every "Direction"; and,
 *   but for names, also as French stems for whole words. A unit's vector is now
 *   the part its agents take from it (no query read it any more);
 * - typos are corrected against a lexicon of the words in use (a few thousand,
 *   not one row per agent), then agents are matched on the vector alone.
 * Existing rows get their vector and the lexicon here; a rebuild gives the same.
 */
export class DirectorySearchLexicon1764576810000 implements MigrationInterface {
  name = 'DirectorySearchLexicon1764576810000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TEXT SEARCH CONFIGURATION simple_unaccent (COPY = simple);
      -- Every token type that may hold a letter beyond ASCII: words, and words with digits ("Importé2026").
      ALTER TEXT SEARCH CONFIGURATION simple_unaccent
        ALTER MAPPING FOR word, hword, hword_part, numword, numhword, hword_numpart WITH unaccent, simple;

      -- An agent's own words: names (A), never stemmed (the stem of "Martine" is "martin"), and post (B). Its unit's (C)
      -- and direction's (D) are computed once per unit, in directory_org_units.search_vector, and appended:
      -- "gestionnaire paie" finds the gestionnaires of the Service Paie et carrières.
      CREATE FUNCTION directory_search_vector(body text, weight "char") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('public.fr_unaccent', coalesce(body, '')) || to_tsvector('public.simple_unaccent', coalesce(body, '')), weight)
      $$;
      CREATE FUNCTION directory_agent_search_vector(names text, post text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT setweight(to_tsvector('public.simple_unaccent', coalesce(names, '')), 'A') || directory_search_vector(post, 'B')
      $$;
      CREATE FUNCTION directory_unit_search_vector(unit text, direction text) RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
        SELECT directory_search_vector(unit, 'C') || directory_search_vector(direction, 'D')
      $$;

      -- The words typos are corrected to: folded, as the vectors hold them; never deleted (a stale word costs one lookup).
      -- Not stop words ("des"), nor hyphenated wholes (their parts are there), nor pieces too short to compare.
      CREATE FUNCTION directory_search_words_of(texts text[]) RETURNS SETOF text
        LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
          SELECT w FROM (SELECT DISTINCT w FROM unnest(texts) AS t, unnest(tsvector_to_array(to_tsvector('public.simple_unaccent', t))) AS w) d
          WHERE length(w) >= 3 AND w ~ '^[a-z0-9]+$' AND length(to_tsvector('public.fr_unaccent', w)) > 0
        $$;
      CREATE TABLE directory_search_words (word text PRIMARY KEY);
      -- GiST, for its nearest-first scan (ORDER BY word <-> typed LIMIT n): the planner takes it even on a small lexicon.
      CREATE INDEX directory_search_words_trgm ON directory_search_words USING gist (word gist_trgm_ops);

      -- Every search reads the GIN pending list through: with the default 4 MB, searches after a bulk write (an import,
      -- a rebuild) took 2 to 5 ms more until autovacuum came; 256 kB costs nothing measurable to a 50,000-agent rebuild.
      ALTER INDEX directory_agents_fulltext SET (gin_pending_list_limit = 256);
      DROP INDEX directory_org_units_search;
      UPDATE directory_org_units u SET search_vector = directory_unit_search_vector(u.name, CASE WHEN d.id <> u.id THEN d.name END)
      FROM directory_org_units x LEFT JOIN directory_org_units d ON d.id = x.direction_id WHERE x.id = u.id;
      UPDATE directory_agents a
      SET search_vector = directory_agent_search_vector(concat_ws(' ', a.first_name, a.last_name, a.usual_name), a.post_title)
                          || coalesce((SELECT search_vector FROM directory_org_units WHERE id = a.unit_id), '');
      INSERT INTO directory_search_words (word)
      SELECT w FROM directory_search_words_of(ARRAY(
        SELECT concat_ws(' ', first_name, last_name, usual_name, post_title) FROM directory_agents UNION ALL SELECT name FROM directory_org_units)) w;

      -- Names are folded as unaccent folds them: "Lecœur" sorts as "lecoeur".
      UPDATE directory_agents SET sort_name = replace(replace(replace(sort_name, 'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss') WHERE sort_name ~ '[œæß]';

      -- The trigram match over every agent is gone: its index and the text it read.
      DROP INDEX directory_agents_search;
      ALTER TABLE directory_agents DROP COLUMN search_text;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE directory_agents ADD COLUMN search_text text NOT NULL DEFAULT '';
      UPDATE directory_agents SET search_text = lower(maillage_unaccent(concat_ws(' ', first_name, last_name, usual_name, post_title, work_email)));
      CREATE INDEX directory_agents_search ON directory_agents USING gin (search_text gin_trgm_ops);
      UPDATE directory_agents SET search_vector = setweight(to_tsvector('fr_unaccent', concat_ws(' ', first_name, last_name, usual_name)), 'A')
                                                 || setweight(to_tsvector('fr_unaccent', post_title), 'B');
      UPDATE directory_org_units SET search_vector = to_tsvector('fr_unaccent', name);
      CREATE INDEX directory_org_units_search ON directory_org_units USING gin (search_vector);
      ALTER INDEX directory_agents_fulltext RESET (gin_pending_list_limit);
      DROP TABLE directory_search_words;
      DROP FUNCTION directory_search_words_of(text[]);
      DROP FUNCTION directory_unit_search_vector(text, text);
      DROP FUNCTION directory_agent_search_vector(text, text);
      DROP FUNCTION directory_search_vector(text, "char");
      DROP TEXT SEARCH CONFIGURATION simple_unaccent;
    `);
  }
}
