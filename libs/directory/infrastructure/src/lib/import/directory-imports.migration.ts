import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Import jobs: the dry-run report of each uploaded file, its plan, and the
 * progress of its application. Operational state, not a read model: it is not
 * rebuilt from the log (the events it caused carry `import:sha256:<hash>`).
 */
export class DirectoryImports1764576400000 implements MigrationInterface {
  name = 'DirectoryImports1764576400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE directory_imports (
        id uuid PRIMARY KEY,
        file_name text NOT NULL,
        sha256 text NOT NULL,
        created_by text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        status text NOT NULL CHECK (status IN ('dry_run', 'applying', 'applied', 'failed')),
        total_rows integer NOT NULL,
        processed_rows integer NOT NULL DEFAULT 0,
        summary jsonb NOT NULL,
        report jsonb NOT NULL,
        plan jsonb NOT NULL,
        applied_by text,
        started_at timestamptz,
        finished_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now(),
        failure text
      );
      CREATE INDEX directory_imports_recent ON directory_imports (created_at DESC);
      CREATE INDEX directory_imports_sha256 ON directory_imports (sha256);
    `);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE directory_imports');
  }
}
