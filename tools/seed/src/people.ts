import { AgentRegisteredData } from '@maillage/directory/domain';
import { foldText } from '@maillage/shared/contracts';
import { Site, Title } from './catalogue';
import { FIRST_NAMES, LAST_NAMES } from './names';
import { Random } from './random';

export const EMAIL_DOMAIN = 'mairie-exemple.fr';

const DAY_MS = 86_400_000;
const FIRST_START = Date.UTC(1995, 0, 1);
const LAST_START = Date.UTC(2025, 11, 31);
/** Managers were hired a while ago: nobody heads a service in their first months. */
const LAST_MANAGER_START = Date.UTC(2019, 11, 31);

/** « Müller-Roux » → « muller-roux », « N'Diaye » → « ndiaye », « Lecœur » → « lecoeur ». */
export function asciiFold(name: string): string {
  return foldText(name)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export interface PersonRequest {
  readonly unitId: string;
  readonly managerId: string | null;
  readonly title: Title;
  readonly site: Site;
  readonly manager: boolean;
}

/** Makes agents one at a time; remembers the emails it gave so each stays unique. */
export class PeopleFactory {
  private readonly emails = new Map<string, number>();
  /** Folding is slow (Unicode normalisation) and there are only a few hundred names. */
  private readonly folded = new Map<string, string>();

  constructor(private readonly rng: Random) {}

  create(request: PersonRequest): AgentRegisteredData {
    const rng = this.rng;
    const first = rng.pick(FIRST_NAMES);
    const lastName = rng.pick(LAST_NAMES);
    const usualName = rng.chance(0.06) ? this.otherLastName(lastName) : null;
    const feminine = first.gender === 'f' || (first.gender === 'x' && rng.chance(0.5));
    return {
      agentId: rng.uuid(),
      firstName: first.name,
      lastName,
      usualName,
      postTitle: feminine ? request.title.f : request.title.m,
      unitId: request.unitId,
      managerId: request.managerId,
      workEmail: this.email(first.name, usualName ?? lastName),
      workPhone: rng.chance(0.88) ? `01 23 45 ${pad2(rng.int(0, 99))} ${pad2(rng.int(0, 99))}` : null,
      office: rng.chance(0.96) ? this.office(request.site) : null,
      startDate: this.startDate(request.manager ? LAST_MANAGER_START : LAST_START),
    };
  }

  private otherLastName(lastName: string): string {
    const other = this.rng.pick(LAST_NAMES);
    return other === lastName ? this.otherLastName(lastName) : other;
  }

  private email(firstName: string, lastName: string): string {
    const local = `${this.fold(firstName)}.${this.fold(lastName)}`;
    const seen = (this.emails.get(local) ?? 0) + 1;
    this.emails.set(local, seen);
    // Folded names never end in a digit, so « jean.martin2 » cannot clash with a real name.
    return `${seen === 1 ? local : `${local}${seen}`}@${EMAIL_DOMAIN}`;
  }

  private fold(name: string): string {
    let folded = this.folded.get(name);
    if (folded === undefined) {
      folded = asciiFold(name);
      this.folded.set(name, folded);
    }
    return folded;
  }

  private office(site: Site): string {
    return site.rooms ? `${site.name}, bureau ${this.rng.int(1, 4)}${pad2(this.rng.int(1, 30))}` : site.name;
  }

  private startDate(latest: number): string {
    const day = this.rng.int(0, Math.floor((latest - FIRST_START) / DAY_MS));
    return new Date(FIRST_START + day * DAY_MS).toISOString().slice(0, 10);
  }
}
