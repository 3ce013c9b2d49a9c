import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { IssuedRefreshToken, RefreshSessions } from '@maillage/identity/application';
import { CLOCK, Clock, SQL, Sql } from '@maillage/shared/kernel';

export const REFRESH_TOKEN_TTL_MS = Symbol('RefreshTokenTtlMs');

/** Only a SHA-256 of each token is stored: a database leak yields no usable token. */
const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

@Injectable()
export class PostgresRefreshSessions implements RefreshSessions {
  constructor(
    @Inject(SQL) private readonly db: Sql,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(REFRESH_TOKEN_TTL_MS) private readonly ttlMs: number,
  ) {}

  async issue(accountId: string, familyId: string = randomUUID()): Promise<IssuedRefreshToken> {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(this.clock.now().getTime() + this.ttlMs);
    await this.db.query(
      'INSERT INTO identity_refresh_sessions (token_hash, account_id, family_id, expires_at) VALUES ($1, $2, $3, $4)',
      [digest(token), accountId, familyId, expiresAt],
    );
    return { token, expiresAt, sessionId: familyId };
  }

  async rotate(token: string): Promise<{ accountId: string; next: IssuedRefreshToken } | null> {
    // Marking the token used and reading it is one statement, so two
    // concurrent refreshes with the same token cannot both succeed.
    // (Wrapped in a SELECT: TypeORM returns an UPDATE's rows in another shape.)
    const used = await this.db.query<{ account_id: string; family_id: string }>(
      `WITH used AS (
         UPDATE identity_refresh_sessions SET used_at = $2
         WHERE token_hash = $1 AND used_at IS NULL AND revoked_at IS NULL AND expires_at > $2
         RETURNING account_id, family_id)
       SELECT * FROM used`,
      [digest(token), this.clock.now()],
    );
    if (used.length === 0) {
      // Unknown, expired, revoked or replayed: a replay means the token leaked.
      await this.revokeFamilyOf(token);
      return null;
    }
    const next = await this.issue(used[0].account_id, used[0].family_id);
    return { accountId: used[0].account_id, next };
  }

  async revokeFamilyOf(token: string): Promise<void> {
    await this.db.query(
      `UPDATE identity_refresh_sessions SET revoked_at = $2
       WHERE revoked_at IS NULL AND family_id = (SELECT family_id FROM identity_refresh_sessions WHERE token_hash = $1)`,
      [digest(token), this.clock.now()],
    );
  }

  async isActive(sessionId: string): Promise<boolean> {
    const rows = await this.db.query<{ active: boolean }>(
      'SELECT EXISTS (SELECT 1 FROM identity_refresh_sessions WHERE family_id = $1 AND revoked_at IS NULL) AS active',
      [sessionId],
    );
    return rows[0]?.active === true;
  }

  async revokeAll(accountId: string): Promise<void> {
    await this.db.query('UPDATE identity_refresh_sessions SET revoked_at = $2 WHERE account_id = $1 AND revoked_at IS NULL', [
      accountId,
      this.clock.now(),
    ]);
  }
}
