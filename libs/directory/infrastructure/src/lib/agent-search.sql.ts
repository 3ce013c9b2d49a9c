/**
 * The agents a text search matches, ranked: CTEs ending in `hits` (id, sort_name,
 * exact, whole, rank), in one statement shaped by `npm run bench:search` (50,000 agents).
 * Parameters: $1 the folded words (`searchWords`), $2 direction, $3 unit, $4 status, $5 the weights
 * the words may match ('ABCD' for all; fewer when the visibility policy restricts a piece: see
 * PostgresDirectoryReadModel.searchAgents).
 *
 * - Each word meets the lexicon (`directory_search_words`, a few thousand words
 *   rather than every agent): its French stems (none for a stop word), and up to
 *   3 words it may be a typo of, from 4 letters on, by trigram similarity of 0.4
 *   or more ("gautier" → "gauthier" 0.55), among its nearest words (GiST).
 * - Each word then matches as a typed prefix, never stemmed ("dia" is the start of
 *   "Diallo", not of the stem "di" of every "Direction"), or a stem, or a
 *   correction; every word must match, in names, post, unit or direction. Stop
 *   words are left out, unless the search has nothing else: then they are
 *   prefixes of names ("le" → Leroy, Legrand).
 * - Agents are matched on their vector alone, through its GIN index, and ranked:
 *   matched without corrections first, then by whole words rather than prefixes
 *   only ("martin": Martin before Martine), then ts_rank (names > post > unit >
 *   direction); the caller sorts ties by name.
 *
 * Words are [a-z0-9]+ (`searchWords`), and so are their stems and the lexicon's
 * words: they go into the tsquery texts unquoted.
 */
export const SEARCH_HITS = `
  words AS (
    SELECT w.n, w.word, tsvector_to_array(to_tsvector('fr_unaccent', w.word)) AS stems,
           CASE WHEN length(w.word) < 4 THEN '{}'::text[] ELSE ARRAY(
             SELECT c.word FROM (SELECT s.word, s.word <-> w.word AS distance FROM directory_search_words s ORDER BY 2 LIMIT 8) c
             -- One letter changed out of six is a similarity of 0.4 exactly: a distance of 0.6, give or take a float4 bit.
             WHERE c.distance < 0.601 AND NOT starts_with(c.word, w.word) ORDER BY c.distance, c.word LIMIT 3) END AS corrections
    FROM unnest($1::text[]) WITH ORDINALITY AS w(word, n)
  ), used AS (
    SELECT n, word, stems, corrections FROM words WHERE cardinality(stems) > 0
    UNION ALL SELECT n, word, '{}', '{}' FROM words WHERE NOT EXISTS (SELECT FROM words WHERE cardinality(stems) > 0)
  ), terms AS (
    -- A stem or correction the typed prefix covers adds nothing; a stem is no correction.
    SELECT n, word, ARRAY(SELECT t FROM unnest(stems) t WHERE NOT starts_with(t, word)) AS stems,
           ARRAY(SELECT t FROM unnest(corrections) t WHERE NOT starts_with(t, word) AND t <> ALL (stems)) AS corrections
    FROM used
  ), weighted AS (
    -- Every term restricted to the weights the viewer may match ("paie:*BCD" never matches a name).
    SELECT n, word || ':*' || $5::text AS prefix, word || ':' || $5::text AS whole_word,
           ARRAY(SELECT t || ':' || $5::text FROM unnest(stems) t) AS stems, ARRAY(SELECT t || ':' || $5::text FROM unnest(corrections) t) AS corrections
    FROM terms
  ), q AS MATERIALIZED (
    SELECT string_agg('(' || array_to_string(ARRAY[prefix] || stems || corrections, ' | ') || ')', ' & ' ORDER BY n)::tsquery AS match,
           CASE WHEN bool_or(cardinality(corrections) > 0)
             THEN string_agg('(' || array_to_string(ARRAY[prefix] || stems, ' | ') || ')', ' & ' ORDER BY n)::tsquery END AS exact,
           string_agg('(' || array_to_string(ARRAY[whole_word] || stems, ' | ') || ')', ' & ' ORDER BY n)::tsquery AS whole
    FROM weighted
  ), hits AS MATERIALIZED (
    SELECT a.id, a.sort_name, q.exact IS NULL OR a.search_vector @@ q.exact AS exact,
           (q.exact IS NULL OR a.search_vector @@ q.exact) AND a.search_vector @@ q.whole AS whole,
           ts_rank(a.search_vector, CASE WHEN q.exact IS NULL OR a.search_vector @@ q.exact THEN coalesce(q.exact, q.match) ELSE q.match END) AS rank
    FROM q, directory_agents a
    -- Through an InitPlan: seeing a short prefix match a tenth of the table, the planner would rather test all
    -- 50,000 vectors one by one (60 ms) than read the GIN index (5 ms); blind, it always takes the index.
    WHERE a.search_vector @@ (SELECT match FROM q) AND a.status <> 'departed'
      AND ($2::uuid IS NULL OR a.direction_id = $2) AND ($3::uuid IS NULL OR a.unit_id = $3) AND ($4::text IS NULL OR a.status = $4)
  )`;
