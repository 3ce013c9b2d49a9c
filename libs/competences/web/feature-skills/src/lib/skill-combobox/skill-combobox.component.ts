import { ChangeDetectionStrategy, Component, computed, ElementRef, inject, input, model, signal, viewChild } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import type { SkillSummary } from '@maillage/competences/contracts';
import { ChosenSkill, CompetencesApi } from '@maillage/competences/web/data-access';
import { catchError, debounceTime, distinctUntilChanged, map, of, Subject, switchMap, tap } from 'rxjs';
import { comboboxStatus, moveActive } from './combobox-status';

const MAX_OPTIONS = 12;
let comboboxes = 0;

type Found = { readonly q: string; readonly skills: readonly SkillSummary[] | null };

/**
 * Picks a skill of the referential (ARIA 1.2 combobox with a list). The server's search
 * matches synonyms, accents and near spellings: "SIG" finds "système d'information
 * géographique" and the other way round. The synonyms are shown, so the match is understood.
 */
@Component({
  selector: 'mlg-skill-combobox',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './skill-combobox.component.html',
  styleUrl: './skill-combobox.component.css',
})
export class SkillComboboxComponent {
  readonly label = input.required<string>();
  /** The skill chosen; typing again clears it. */
  readonly skill = model<ChosenSkill | null>(null);
  /** Skills that cannot be chosen here, with the reason (e.g. already declared). */
  readonly unavailable = input<ReadonlyMap<string, string>>(new Map());
  readonly error = input<string | null>(null);
  readonly hint = input('Nom de la compétence ou synonyme (par exemple « SIG »). Flèches pour parcourir la liste, Entrée pour choisir.');

  private readonly api = inject(CompetencesApi);
  private readonly box = viewChild.required<ElementRef<HTMLInputElement>>('box');
  private readonly list = viewChild.required<ElementRef<HTMLUListElement>>('list');
  private readonly queries = new Subject<string>();
  protected readonly id = `skill-combobox-${++comboboxes}`;
  protected readonly text = signal('');
  protected readonly found = signal<Found>({ q: '', skills: [] });
  protected readonly searching = signal(false);
  protected readonly expanded = signal(false);
  protected readonly active = signal(-1);
  protected readonly options = computed(() => this.found().skills ?? []);
  protected readonly open = computed(() => this.expanded() && this.options().length > 0);
  protected readonly activeId = computed(() => (this.open() && this.active() >= 0 ? `${this.id}-option-${this.active()}` : null));
  protected readonly status = computed(() => {
    const { q, skills } = this.found();
    return comboboxStatus({ q, count: skills ? skills.length : null, searching: this.searching(), chosen: this.skill()?.label ?? null });
  });

  constructor() {
    this.queries
      .pipe(
        map((q) => q.trim()),
        debounceTime(200),
        distinctUntilChanged(),
        tap((q) => this.searching.set(q.length > 0)),
        switchMap((q) => {
          if (!q) return of<Found>({ q, skills: [] });
          return this.api.skills(q).pipe(
            map((skills): Found => ({ q, skills: skills.filter((skill) => !skill.mergedInto).slice(0, MAX_OPTIONS) })),
            catchError(() => of<Found>({ q, skills: null })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe((found) => {
        this.searching.set(false);
        this.found.set(found);
        this.active.set(-1);
      });
  }

  /** For the page's focus management (after an error, or a new row). */
  focus(): void {
    this.box().nativeElement.focus();
  }

  /** Empties the box (after the skill was added). */
  reset(): void {
    this.text.set('');
    this.skill.set(null);
    this.expanded.set(false);
    this.queries.next('');
  }

  protected reasonOf(skill: SkillSummary): string | null {
    return this.unavailable().get(skill.skillId) ?? null;
  }

  protected onInput(value: string): void {
    this.text.set(value);
    if (this.skill()) this.skill.set(null);
    this.expanded.set(true);
    this.queries.next(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.options().length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        if (!this.expanded()) this.expanded.set(true);
        this.active.set(moveActive(this.active(), count, event.key === 'ArrowDown' ? 1 : -1));
        this.scrollActiveIntoView();
        break;
      case 'Enter':
        // Enter chooses; it never submits the form while the list is open.
        if (this.open()) {
          event.preventDefault();
          const option = this.options()[this.active() >= 0 ? this.active() : 0];
          if (option) this.choose(option);
        }
        break;
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.expanded.set(false);
        } else if (this.text()) {
          event.preventDefault();
          this.onInput('');
        }
        break;
    }
  }

  protected choose(option: SkillSummary): void {
    if (this.reasonOf(option)) return;
    this.skill.set({ skillId: option.skillId, label: option.label });
    this.text.set(option.label);
    this.expanded.set(false);
    this.active.set(-1);
  }

  protected close(): void {
    this.expanded.set(false);
  }

  private scrollActiveIntoView(): void {
    const id = this.activeId();
    if (id) queueMicrotask(() => this.list().nativeElement.querySelector(`#${id}`)?.scrollIntoView({ block: 'nearest' }));
  }
}
