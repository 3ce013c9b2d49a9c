import { HttpBackend, HttpClient, HttpHeaders } from '@angular/common/http';
import { computed, inject, Injectable, signal } from '@angular/core';
import type { CurrentAccount, Role, SessionTokens } from '@maillage/identity/contracts';
import { catchError, defer, finalize, firstValueFrom, map, Observable, of, shareReplay, switchMap, tap, timeout } from 'rxjs';

interface Session {
  readonly accessToken: string;
  readonly account: CurrentAccount;
}

/** A silent refresh at start-up must not keep the app blank if the API hangs. */
const RESTORE_TIMEOUT_MS = 8000;

/**
 * The session. The access token lives only in this signal (never in web storage,
 * where any injected script could read it); the refresh token is an httpOnly cookie
 * the browser sends to /api/auth/* on its own.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  // Auth calls skip the interceptors: a 401 here means "signed out", never "refresh and retry".
  private readonly http = new HttpClient(inject(HttpBackend));
  private readonly session = signal<Session | null>(null);
  private refreshInFlight: Observable<boolean> | null = null;

  readonly account = computed(() => this.session()?.account ?? null);
  readonly isAuthenticated = computed(() => this.session() !== null);

  accessToken(): string | null {
    return this.session()?.accessToken ?? null;
  }

  hasAnyRole(...roles: readonly Role[]): boolean {
    const granted = this.account()?.roles ?? [];
    return roles.some((role) => granted.includes(role));
  }

  login(username: string, password: string): Observable<CurrentAccount> {
    return this.http
      .post<SessionTokens>('/api/auth/login', { username, password }, { withCredentials: true })
      .pipe(
        tap((tokens) => this.start(tokens)),
        map((tokens) => tokens.account),
      );
  }

  /**
   * Exchanges the refresh cookie for a new access token. Concurrent callers share
   * one request: the server rotates the refresh token, so a second parallel refresh
   * would present an already-used token and could end the session.
   */
  refresh(): Observable<boolean> {
    this.refreshInFlight ??= this.exchangeRefreshCookie().pipe(
      map((tokens) => {
        this.start(tokens);
        return true;
      }),
      catchError(() => {
        this.session.set(null);
        return of(false);
      }),
      finalize(() => (this.refreshInFlight = null)),
      shareReplay({ bufferSize: 1, refCount: false }),
    );
    return this.refreshInFlight;
  }

  /**
   * Other tabs share the cookie: a Web Lock makes them refresh one after the other,
   * so each sends the cookie the previous one received, not the one it just spent.
   */
  private exchangeRefreshCookie(): Observable<SessionTokens> {
    const post = () =>
      firstValueFrom(this.http.post<SessionTokens>('/api/auth/refresh', null, { withCredentials: true }));
    const locks = globalThis.navigator?.locks; // absent outside secure contexts
    return defer(async () => (locks ? await locks.request('maillage-auth-refresh', post) : await post()));
  }

  /** Start-up: reopen the session from the refresh cookie, if there is one. */
  restoreSession(): Observable<boolean> {
    return this.refresh().pipe(
      timeout(RESTORE_TIMEOUT_MS),
      catchError(() => of(false)),
    );
  }

  /**
   * Changes the password. The server then ends every session, this one included, so the
   * account signs in again with the new password at once (the user is not sent back to the form).
   */
  changePassword(currentPassword: string, newPassword: string): Observable<CurrentAccount> {
    const username = this.account()?.username ?? '';
    const headers = new HttpHeaders({ Authorization: `Bearer ${this.accessToken() ?? ''}` });
    return this.http
      .post<void>('/api/auth/password', { currentPassword, newPassword }, { withCredentials: true, headers })
      .pipe(switchMap(() => this.login(username, newPassword)));
  }

  /** Ends the session locally whatever the server answers: the user asked to leave. */
  logout(): Observable<void> {
    const token = this.accessToken();
    const headers = token ? new HttpHeaders({ Authorization: `Bearer ${token}` }) : undefined;
    // Cleared before anything downstream runs, so the next navigation sees a signed-out user.
    return this.http.post<void>('/api/auth/logout', null, { withCredentials: true, headers }).pipe(
      catchError(() => of(null)),
      map(() => this.session.set(null)),
    );
  }

  /** Forgets the session without calling the server (the server already refused it). */
  clear(): void {
    this.session.set(null);
  }

  private start(tokens: SessionTokens): void {
    this.session.set({ accessToken: tokens.accessToken, account: tokens.account });
  }
}
