/** A post title in its masculine and feminine forms. */
export interface Title {
  readonly m: string;
  readonly f: string;
}

/** Epicene titles (« Gestionnaire paie ») give one form for both. */
export const title = (m: string, f: string = m): Title => ({ m, f });

/** A workplace; `rooms` sites get a bureau number (« Hôtel de ville, bureau 214 »). */
export interface Site {
  readonly name: string;
  readonly rooms: boolean;
}

export const HOTEL_DE_VILLE: Site = { name: 'Hôtel de ville', rooms: true };
export const CENTRE_ADMINISTRATIF: Site = { name: 'Centre administratif Simone-Veil', rooms: true };
export const CENTRE_TECHNIQUE: Site = { name: 'Centre technique municipal', rooms: false };

export interface ServiceTemplate {
  readonly name: string;
  readonly posts: readonly Title[];
  /** Relative headcount: a school catering service is bigger than a legal one. */
  readonly weight?: number;
  readonly site?: Site;
}

/** Pôles group directions in a large city, each led by a DGA. */
export type Family = 'ressources' | 'cadre-de-vie' | 'population' | 'solidarites' | 'proximite';

export const FAMILIES: readonly { readonly family: Family; readonly name: string }[] = [
  { family: 'ressources', name: 'Pôle Ressources' },
  { family: 'cadre-de-vie', name: 'Pôle Aménagement et cadre de vie' },
  { family: 'population', name: 'Pôle Éducation, culture et citoyenneté' },
  { family: 'solidarites', name: 'Pôle Solidarités' },
  { family: 'proximite', name: 'Pôle Proximité et tranquillité publique' },
];

export interface DirectionTheme {
  readonly name: string;
  readonly director: Title;
  readonly family: Family;
  readonly sites: readonly Site[];
  /** The services of the default town hall. */
  readonly services: readonly ServiceTemplate[];
  /** Services a larger city adds before it starts opening antennes. */
  readonly extraServices: readonly ServiceTemplate[];
}

export const DGS_TITLE = title('Directeur général des services', 'Directrice générale des services');
export const DGA_TITLE = title('Directeur général adjoint', 'Directrice générale adjointe');
export const ASSISTANT_TITLE = title('Assistant de direction', 'Assistante de direction');

const shortName = (serviceName: string): string => serviceName.replace(/^Service /, '');

export const headOfServiceTitle = (serviceName: string): Title =>
  title(`Chef du service ${shortName(serviceName)}`, `Cheffe du service ${shortName(serviceName)}`);

export const teamLeadTitle = (serviceName: string): Title =>
  title(`Chef d'équipe — ${shortName(serviceName)}`, `Cheffe d'équipe — ${shortName(serviceName)}`);
