import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import reports hold HR values (grades, matricules…): past the audit
 * retention their report and plan are emptied by the daily purge, which
 * records when; the job's counts and file hash stay.
 */
export class DirectoryImportsRetention1764577123400 implements MigrationInterface {
  name = 'DirectoryImportsRetention1764577123400';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE directory_imports ADD COLUMN purged_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE directory_imports DROP COLUMN purged_at');
  }
}
