import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { AccountSummary, OneTimePasswordIssued, Role } from '@maillage/identity/contracts';
import { Observable } from 'rxjs';

/** The answer of a change: the account's new version, to send with the next one. */
export interface AccountChanged {
  readonly id: string;
  readonly version: number;
  readonly consistent: boolean;
}

const url = (accountId: string, action = '') => `/api/admin/accounts/${encodeURIComponent(accountId)}${action}`;
/** The version the admin saw: the server answers 409 if the account changed since. */
const ifMatch = (version: number) => ({ headers: { 'If-Match': `"${version}"` } });

/** « Comptes » (admins). The app's interceptor adds the token. */
@Injectable({ providedIn: 'root' })
export class AccountsApi {
  private readonly http = inject(HttpClient);

  list(): Observable<readonly AccountSummary[]> {
    return this.http.get<readonly AccountSummary[]>('/api/admin/accounts');
  }

  create(username: string, roles: readonly Role[]): Observable<OneTimePasswordIssued> {
    return this.http.post<OneTimePasswordIssued>('/api/admin/accounts', { username, roles });
  }

  resetPassword(account: AccountSummary): Observable<OneTimePasswordIssued> {
    return this.http.post<OneTimePasswordIssued>(url(account.accountId, '/password-reset'), null, ifMatch(account.version));
  }

  setEnabled(account: AccountSummary, enabled: boolean): Observable<AccountChanged> {
    return this.http.post<AccountChanged>(url(account.accountId, enabled ? '/enable' : '/disable'), null, ifMatch(account.version));
  }

  setRoles(account: AccountSummary, roles: readonly Role[]): Observable<AccountChanged> {
    return this.http.put<AccountChanged>(url(account.accountId, '/roles'), { roles }, ifMatch(account.version));
  }
}
