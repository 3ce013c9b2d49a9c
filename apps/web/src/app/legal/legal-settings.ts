import { frenchText } from '@maillage/shared/web-util';

/**
 * What the legal pages say that belongs to the town hall deploying Maillage, in one place
 * to edit before a build. A static file rather than an API setting: these change once a year
 * at most, must show before anyone signs in, and need no server round trip.
 */
export const LEGAL_SETTINGS = {
  publisher: 'Mairie — Direction des systèmes d’information (DLSI)',
  publicationDirector: 'Le directeur général des services',
  host: 'Serveurs de la mairie, exploités par la DLSI',
  dpoContact: 'dpo@mairie.example',
  helpContact: 'support-maillage@mairie.example',
  helpPhone: 'poste 4242',
  /** The date of the last accessibility self-assessment (RGAA), shown in the statement. */
  accessibilityAuditDate: '2026-12-07',
  /** Consultation logs are kept this long, then deleted. */
  consultationLogMonths: 12,
} as const;

export const LEGAL_LINKS = [
  // The compliance level belongs in the link itself (the State's accessibility guidelines).
  { label: frenchText('Accessibilité : partiellement conforme'), link: '/accessibilite' },
  { label: 'Mentions légales', link: '/mentions-legales' },
  { label: 'Données personnelles', link: '/donnees-personnelles' },
  { label: 'Aide et contact', link: '/aide' },
] as const;
