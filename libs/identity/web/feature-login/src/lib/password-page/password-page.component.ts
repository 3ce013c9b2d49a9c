import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService, safeReturnUrl } from '@maillage/identity/web/data-access';
import { problemOf } from '@maillage/shared/web-util';

type Field = 'current' | 'next' | 'confirmation';

/**
 * « Changer de mot de passe »: where an account on its one-time password lands before
 * anything else, and where anyone may change theirs. The rules (12 characters or more,
 * not the username) are the server's; its French message is shown as it comes.
 */
@Component({
  selector: 'mlg-password-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './password-page.component.html',
  styleUrl: '../login-page/login-page.component.css',
})
export class PasswordPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  protected readonly provisional = !!this.auth.account()?.passwordChangeRequired;
  protected readonly form = inject(NonNullableFormBuilder).group({
    current: ['', Validators.required],
    next: ['', [Validators.required, Validators.minLength(12)]],
    confirmation: ['', Validators.required],
  });
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal('');

  protected showError(field: Field): boolean {
    if (!this.submitted()) return false;
    if (field === 'confirmation') return this.form.controls.confirmation.invalid || this.mismatch();
    return this.form.controls[field].invalid;
  }

  protected mismatch(): boolean {
    const { next, confirmation } = this.form.getRawValue();
    return confirmation !== '' && next !== confirmation;
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.pending()) return;
    const wrong = (['current', 'next', 'confirmation'] as const).find((field) => this.showError(field));
    if (wrong) {
      this.document.getElementById(`password-${wrong}`)?.focus();
      return;
    }
    this.error.set('');
    this.pending.set(true);
    const { current, next } = this.form.getRawValue();
    this.auth.changePassword(current, next).subscribe({
      next: () => void this.router.navigateByUrl(safeReturnUrl(this.route.snapshot.queryParamMap.get('retour'))),
      error: (failure: unknown) => {
        this.pending.set(false);
        const { status, detail } = problemOf(failure);
        this.error.set(
          status === 422 && detail
            ? detail
            : status === 429
              ? detail ?? 'Trop de tentatives : réessayez plus tard.'
              : 'Le mot de passe n’a pas pu être changé. Réessayez dans un instant.',
        );
      },
    });
  }
}
