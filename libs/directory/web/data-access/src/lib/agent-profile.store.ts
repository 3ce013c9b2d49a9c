import { HttpErrorResponse } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { AgentProfile } from '@maillage/directory/contracts';
import { catchError, map, Observable, of, Subject, switchMap, tap } from 'rxjs';
import { AgentChanges, DirectoryApi } from './directory.api';

export type ProfileLoadError = 'not-found' | 'failed';

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly consistent: boolean }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'forbidden' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'failed' };

type Loaded = { readonly profile: AgentProfile } | { readonly error: ProfileLoadError };

/** 400 too: the API refuses an id that is not a UUID, and such a fiche is just as absent. */
function loadErrorOf(error: unknown): ProfileLoadError {
  const status = error instanceof HttpErrorResponse ? error.status : 0;
  return status === 404 || status === 400 ? 'not-found' : 'failed';
}

function saveOutcomeOf(error: unknown): SaveOutcome {
  if (!(error instanceof HttpErrorResponse)) return { kind: 'failed' };
  switch (error.status) {
    case 409:
    case 412:
      return { kind: 'conflict' };
    case 403:
      return { kind: 'forbidden' };
    // The problem detail is not shown: validation details come out in English.
    case 400:
    case 422:
      return { kind: 'invalid' };
    default:
      return { kind: 'failed' };
  }
}

/** One fiche agent: load, reload, save. Provide it in the component that shows the profile. */
@Injectable()
export class AgentProfileStore {
  private readonly api = inject(DirectoryApi);
  private readonly loads = new Subject<string>();
  private readonly loadedProfile = signal<AgentProfile | null>(null);
  private readonly loadingNow = signal(false);
  private readonly failure = signal<ProfileLoadError | null>(null);
  private currentId: string | null = null;

  readonly profile = this.loadedProfile.asReadonly();
  readonly loading = this.loadingNow.asReadonly();
  readonly loadError = this.failure.asReadonly();

  constructor() {
    this.loads
      .pipe(
        switchMap((id) =>
          this.api.getAgent(id).pipe(
            map((profile): Loaded => ({ profile })),
            catchError((error: unknown) => of<Loaded>({ error: loadErrorOf(error) })),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((loaded) => {
        this.loadingNow.set(false);
        if ('profile' in loaded) this.loadedProfile.set(loaded.profile);
        else this.failure.set(loaded.error);
      });
  }

  load(id: string): void {
    // Following the manager link reuses this store: never show the previous agent meanwhile.
    if (id !== this.currentId) this.loadedProfile.set(null);
    this.currentId = id;
    this.loadingNow.set(true);
    this.failure.set(null);
    this.loads.next(id);
  }

  reload(): void {
    if (this.currentId) this.load(this.currentId);
  }

  /**
   * Sends the changes with the version the user was looking at. After a save, and
   * after a conflict (someone else changed the fiche), the profile is reloaded.
   */
  save(changes: AgentChanges): Observable<SaveOutcome> {
    const agent = this.loadedProfile();
    if (!agent) return of({ kind: 'failed' });
    return this.api.updateAgent(agent.id, agent.version, changes).pipe(
      map((accepted): SaveOutcome => ({ kind: 'saved', consistent: accepted.consistent })),
      catchError((error: unknown) => of(saveOutcomeOf(error))),
      tap((outcome) => {
        if (outcome.kind === 'saved' || outcome.kind === 'conflict') this.reload();
      }),
    );
  }
}
