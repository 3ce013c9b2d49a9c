import { DirectionTheme, title } from './catalogue';

/** A large city repeats these directions per sector; `{secteur}` in a site name becomes the sector. */
export const SECTOR_PLACEHOLDER = '{secteur}';

export const SECTORS: readonly string[] = ['Nord', 'Sud', 'Est', 'Ouest', 'Centre', 'Nord-Est', 'Nord-Ouest', 'Sud-Est', 'Sud-Ouest'];

export const sectorName = (index: number): string => SECTORS[index] ?? String(index + 1);

const MAIRIE_DE_QUARTIER = { name: `Mairie de quartier ${SECTOR_PLACEHOLDER}`, rooms: true };
const CENTRE_TECHNIQUE_SECTEUR = { name: `Centre technique ${SECTOR_PLACEHOLDER}`, rooms: false };

export const SECTOR_DIRECTIONS: readonly DirectionTheme[] = [
  {
    name: 'Direction de la Proximité',
    director: title('Directeur de la proximité', 'Directrice de la proximité'),
    family: 'proximite',
    sites: [MAIRIE_DE_QUARTIER],
    services: [
      { name: 'Service Mairie de quartier', posts: [title("Agent d'accueil"), title('Chargé de proximité', 'Chargée de proximité')] },
      { name: 'Service Relations aux habitants', posts: [title('Médiateur', 'Médiatrice'), title('Chargé de la participation citoyenne', 'Chargée de la participation citoyenne')] },
      { name: 'Service Vie associative', posts: [title('Chargé de la vie associative', 'Chargée de la vie associative'), title('Gestionnaire des salles municipales')] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction des Espaces verts',
    director: title('Directeur des espaces verts', 'Directrice des espaces verts'),
    family: 'cadre-de-vie',
    sites: [CENTRE_TECHNIQUE_SECTEUR],
    services: [
      { name: 'Service Parcs et jardins', weight: 1.5, posts: [title('Jardinier', 'Jardinière'), title('Agent des espaces verts')] },
      { name: 'Service Arboriculture', posts: [title('Élagueur', 'Élagueuse'), title('Arboriste')] },
      { name: 'Service Serres municipales', posts: [title('Horticulteur', 'Horticultrice')] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction de la Propreté urbaine',
    director: title('Directeur de la propreté urbaine', 'Directrice de la propreté urbaine'),
    family: 'cadre-de-vie',
    sites: [CENTRE_TECHNIQUE_SECTEUR],
    services: [
      { name: 'Service Collecte des déchets', weight: 1.4, posts: [title('Ripeur', 'Ripeuse'), title('Conducteur de benne', 'Conductrice de benne')] },
      { name: 'Service Nettoiement', weight: 1.4, posts: [title('Agent de propreté urbaine'), title('Conducteur de balayeuse', 'Conductrice de balayeuse')] },
      { name: 'Service Déchetteries', posts: [title('Agent de déchetterie')] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction de la Voirie',
    director: title('Directeur de la voirie', 'Directrice de la voirie'),
    family: 'cadre-de-vie',
    sites: [CENTRE_TECHNIQUE_SECTEUR],
    services: [
      { name: 'Service Entretien de la voirie', posts: [title('Agent de voirie'), title('Chef de chantier', 'Cheffe de chantier')] },
      { name: 'Service Éclairage public', posts: [title('Électricien éclairage public', 'Électricienne éclairage public')] },
      { name: 'Service Signalisation et stationnement', posts: [title('Agent de signalisation'), title('Agent de surveillance de la voie publique')] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction des Sports',
    director: title('Directeur des sports', 'Directrice des sports'),
    family: 'population',
    sites: [MAIRIE_DE_QUARTIER],
    services: [
      { name: 'Service Équipements sportifs', posts: [title('Gardien de gymnase', 'Gardienne de gymnase'), title("Agent d'entretien des équipements sportifs")] },
      { name: 'Service Piscines', posts: [title('Maître-nageur sauveteur', 'Maître-nageuse sauveteuse'), title("Agent d'accueil piscine")] },
      { name: 'Service Animation sportive', posts: [title('Éducateur sportif', 'Éducatrice sportive')] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction de la Petite enfance',
    director: title('Directeur de la petite enfance', 'Directrice de la petite enfance'),
    family: 'solidarites',
    sites: [MAIRIE_DE_QUARTIER],
    services: [
      {
        name: 'Service Crèches',
        weight: 1.5,
        posts: [title('Auxiliaire de puériculture'), title('Éducateur de jeunes enfants', 'Éducatrice de jeunes enfants'), title('Agent petite enfance')],
      },
      { name: 'Service Relais petite enfance', posts: [title('Animateur de relais petite enfance', 'Animatrice de relais petite enfance')] },
      { name: 'Service Accueil des familles', posts: [title("Chargé d'accueil des familles", "Chargée d'accueil des familles")] },
    ],
    extraServices: [],
  },
  {
    name: "Direction de l'Action sociale",
    director: title("Directeur de l'action sociale", "Directrice de l'action sociale"),
    family: 'solidarites',
    sites: [MAIRIE_DE_QUARTIER],
    services: [
      {
        name: 'Service Accompagnement social',
        posts: [title('Travailleur social', 'Travailleuse sociale'), title('Conseiller en économie sociale et familiale', 'Conseillère en économie sociale et familiale')],
      },
      { name: 'Service Seniors', posts: [title('Aide à domicile'), title('Animateur seniors', 'Animatrice seniors')] },
      { name: 'Service Logement', posts: [title("Chargé d'accès au logement", "Chargée d'accès au logement")] },
    ],
    extraServices: [],
  },
  {
    name: 'Direction de la Tranquillité publique',
    director: title('Directeur de la tranquillité publique', 'Directrice de la tranquillité publique'),
    family: 'proximite',
    sites: [MAIRIE_DE_QUARTIER],
    services: [
      { name: 'Service Police municipale', weight: 1.3, posts: [title('Policier municipal', 'Policière municipale'), title('Brigadier-chef principal', 'Brigadière-cheffe principale')] },
      { name: 'Service Médiation de nuit', posts: [title('Médiateur de nuit', 'Médiatrice de nuit')] },
      { name: 'Service Vidéoprotection', posts: [title('Opérateur de vidéoprotection', 'Opératrice de vidéoprotection')] },
    ],
    extraServices: [],
  },
];
