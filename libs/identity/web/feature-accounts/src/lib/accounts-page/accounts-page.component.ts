import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { AccountSummary, OneTimePasswordIssued, Role } from '@maillage/identity/contracts';
import { AccountsApi, AuthService } from '@maillage/identity/web/data-access';
import { formatInstant } from '@maillage/shared/web-util';
import { Observable } from 'rxjs';
import { GRANTABLE_ROLES, failureMessage, rolesLabel, stateLabel } from './account-labels';

/** A one-time password, shown once after creating an account or resetting its password. */
interface Issued {
  readonly username: string;
  readonly password: string;
}

/**
 * « Comptes » (DLSI): create accounts with a one-time password, disable and re-enable them,
 * reset a password, grant and revoke roles. Each change names the version it was made on, so
 * a concurrent change by another admin is refused (and the list reloaded), never overwritten.
 */
@Component({
  selector: 'mlg-accounts-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './accounts-page.component.html',
  styleUrl: './accounts-page.component.css',
})
export class AccountsPageComponent {
  private readonly api = inject(AccountsApi);
  private readonly document = inject(DOCUMENT);
  protected readonly me = inject(AuthService).account;
  protected readonly grantable = GRANTABLE_ROLES;
  protected readonly rolesLabel = rolesLabel;
  protected readonly stateLabel = stateLabel;

  protected readonly accounts = signal<readonly AccountSummary[] | null>(null);
  protected readonly loadError = signal('');
  protected readonly busy = signal(false);
  /** Said in the live region: what just happened, or why it did not. */
  protected readonly message = signal<{ readonly kind: 'success' | 'error'; readonly text: string } | null>(null);
  protected readonly issued = signal<Issued | null>(null);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', [Validators.required, Validators.pattern(/^\s*[A-Za-z0-9][A-Za-z0-9._-]{1,62}\s*$/)]],
    hr: [false],
    admin: [false],
    committee: [false],
  });
  protected readonly submitted = signal(false);

  constructor() {
    this.load();
  }

  protected date(value: string): string {
    return formatInstant(value, 'date');
  }

  protected usernameInvalid(): boolean {
    return this.submitted() && this.form.controls.username.invalid;
  }

  protected create(): void {
    this.submitted.set(true);
    if (this.form.controls.username.invalid) {
      this.document.getElementById('account-username')?.focus();
      return;
    }
    const { username, ...flags } = this.form.getRawValue();
    const roles = GRANTABLE_ROLES.map(({ role }) => role).filter((role) => flags[role as keyof typeof flags]);
    this.run(this.api.create(username.trim(), roles), (answer) => {
      this.form.reset();
      this.submitted.set(false);
      this.show({ username: username.trim().toLowerCase(), password: (answer as OneTimePasswordIssued).oneTimePassword });
    });
  }

  protected toggleEnabled(account: AccountSummary): void {
    const enable = account.disabled;
    this.run(this.api.setEnabled(account, enable), () =>
      this.say('success', enable ? `Le compte ${account.username} est réactivé.` : `Le compte ${account.username} est désactivé : ses sessions sont fermées.`),
    );
  }

  protected resetPassword(account: AccountSummary): void {
    this.run(this.api.resetPassword(account), (answer) =>
      this.show({ username: account.username, password: (answer as OneTimePasswordIssued).oneTimePassword }),
    );
  }

  protected toggleRole(account: AccountSummary, role: Role, box: HTMLInputElement): void {
    const roles = box.checked ? [...account.roles, role] : account.roles.filter((r) => r !== role);
    // Refused (last admin, a concurrent change): the box shows the role as it still is.
    const undo = () => (box.checked = account.roles.includes(role));
    this.run(this.api.setRoles(account, roles), () => this.say('success', `Rôles de ${account.username} : ${rolesLabel(roles)}.`), undo);
  }

  private run<T>(call: Observable<T>, done: (answer: T) => void, undo = () => undefined as void): void {
    if (this.busy()) return undo();
    this.busy.set(true);
    this.message.set(null);
    call.subscribe({
      next: (answer) => {
        this.busy.set(false);
        done(answer);
        this.load();
      },
      error: (error: unknown) => {
        this.busy.set(false);
        undo();
        this.say('error', failureMessage(error));
        // A refused change may come from a list that is out of date: show the current one.
        this.load();
      },
    });
  }

  private show(issued: Issued): void {
    this.issued.set(issued);
    // Focus moves to the password, the one thing to read now; it is never shown again.
    setTimeout(() => this.document.getElementById('issued-password')?.focus());
  }

  private say(kind: 'success' | 'error', text: string): void {
    this.message.set({ kind, text });
  }

  private load(): void {
    this.api.list().subscribe({
      next: (accounts) => {
        this.loadError.set('');
        this.accounts.set(accounts);
      },
      error: () => this.loadError.set('La liste des comptes n’a pas pu être chargée. Réessayez dans un instant.'),
    });
  }
}
