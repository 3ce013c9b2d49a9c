import { HttpErrorResponse } from '@angular/common/http';
import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import { AuthService, safeReturnUrl } from '@maillage/identity/web/data-access';
import { loginErrorMessage } from './login-error-message';

@Component({
  selector: 'mlg-login-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule],
  templateUrl: './login-page.component.html',
  styleUrl: './login-page.component.css',
})
export class LoginPageComponent {
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly document = inject(DOCUMENT);

  protected readonly form = inject(NonNullableFormBuilder).group({
    username: ['', Validators.required],
    password: ['', Validators.required],
  });
  /** Field errors appear only once the user tried to submit, not while they type. */
  protected readonly submitted = signal(false);
  protected readonly pending = signal(false);
  protected readonly error = signal('');

  protected showError(field: 'username' | 'password'): boolean {
    return this.submitted() && this.form.controls[field].invalid;
  }

  protected submit(): void {
    this.submitted.set(true);
    if (this.pending()) return;
    if (this.form.invalid) {
      // By id: the aria-invalid marks are only rendered at the next change detection.
      const field = this.form.controls.username.invalid ? 'username' : 'password';
      this.document.getElementById(`login-${field}`)?.focus();
      return;
    }
    // Emptied first so the same message said twice is announced twice.
    this.error.set('');
    this.pending.set(true);
    const { username, password } = this.form.getRawValue();
    this.auth.login(username.trim(), password).subscribe({
      next: () => {
        const target = safeReturnUrl(this.route.snapshot.queryParamMap.get('retour'));
        void this.router.navigateByUrl(target);
      },
      error: (error: unknown) => {
        this.pending.set(false);
        this.error.set(loginErrorMessage(error instanceof HttpErrorResponse ? error.status : 0));
      },
    });
  }
}
