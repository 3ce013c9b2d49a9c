import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search holding an "@" is the start of a work email address: a prefix LIKE on
 * the folded address, which this index serves (the full-text vector holds no emails).
 */
export class DirectorySearchByEmail1764576900000 implements MigrationInterface {
  name = 'DirectorySearchByEmail1764576900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX directory_agents_work_email ON directory_agents (lower(work_email) text_pattern_ops)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX directory_agents_work_email');
  }
}
