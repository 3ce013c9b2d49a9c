import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The birth name is governed (HR only by default): an agent with a nom d'usage is
 * found, sorted and listed by the name in use only. Existing rows get the vector and
 * sort name the projection now computes, and the typo lexicon is rebuilt from the
 * names in use, posts and units, so no birth-name word is left to correct a search
 * to. (A rebuild from the log gives the words of every name that was in use.)
 */
export class DirectoryBirthNamePrivate1765000000100 implements MigrationInterface {
  name = 'DirectoryBirthNamePrivate1765000000100';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE directory_agents a
      SET search_vector = directory_agent_search_vector(concat_ws(' ', a.first_name, a.usual_name), a.post_title)
                          || coalesce((SELECT search_vector FROM directory_org_units WHERE id = a.unit_id), ''),
          -- As foldForSearch(name in use, first name) folds it.
          sort_name = btrim(regexp_replace(replace(replace(replace(lower(maillage_unaccent(concat_ws(' ', a.usual_name, a.first_name))),
                        'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), '\\s+', ' ', 'g'))
      WHERE a.usual_name IS NOT NULL;
      DELETE FROM directory_search_words;
      INSERT INTO directory_search_words (word)
      SELECT w FROM directory_search_words_of(ARRAY(
        SELECT concat_ws(' ', first_name, coalesce(usual_name, last_name), post_title) FROM directory_agents
        UNION ALL SELECT name FROM directory_org_units)) w;
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE directory_agents a
      SET search_vector = directory_agent_search_vector(concat_ws(' ', a.first_name, a.last_name, a.usual_name), a.post_title)
                          || coalesce((SELECT search_vector FROM directory_org_units WHERE id = a.unit_id), ''),
          sort_name = btrim(regexp_replace(replace(replace(replace(lower(maillage_unaccent(concat_ws(' ', a.last_name, a.first_name))),
                        'œ', 'oe'), 'æ', 'ae'), 'ß', 'ss'), '\\s+', ' ', 'g'))
      WHERE a.usual_name IS NOT NULL;
      INSERT INTO directory_search_words (word)
      SELECT w FROM directory_search_words_of(ARRAY(SELECT last_name FROM directory_agents WHERE usual_name IS NOT NULL)) w
      ON CONFLICT DO NOTHING;
    `);
  }
}
