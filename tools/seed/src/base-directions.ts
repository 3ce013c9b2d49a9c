import { CENTRE_ADMINISTRATIF, CENTRE_TECHNIQUE, DirectionTheme, HOTEL_DE_VILLE, ServiceTemplate, Site, title } from './catalogue';

export const DGS_NAME = 'Direction Générale des Services';

/** The DGS's own services: they report to the DGS and do not grow with the city. */
export const DGS_SERVICES: readonly ServiceTemplate[] = [
  {
    name: 'Service Affaires juridiques et assemblées',
    posts: [title('Juriste'), title('Chargé des assemblées', 'Chargée des assemblées'), title('Assistant juridique', 'Assistante juridique')],
  },
  {
    name: 'Service Contrôle de gestion',
    posts: [
      title('Contrôleur de gestion', 'Contrôleuse de gestion'),
      title("Chargé d'évaluation des politiques publiques", "Chargée d'évaluation des politiques publiques"),
    ],
  },
];

const MEDIATHEQUE: Site = { name: 'Médiathèque Louise-Michel', rooms: false };
const CONSERVATOIRE: Site = { name: 'Conservatoire Maurice-Ravel', rooms: false };
const CUISINE_CENTRALE: Site = { name: 'Cuisine centrale', rooms: false };

/** The directions of the default town hall, in the order they are created. */
export const BASE_DIRECTIONS: readonly DirectionTheme[] = [
  {
    name: 'Direction des Ressources Humaines',
    director: title('Directeur des ressources humaines', 'Directrice des ressources humaines'),
    family: 'ressources',
    sites: [HOTEL_DE_VILLE],
    services: [
      { name: 'Service Paie et carrières', weight: 1.3, posts: [title('Gestionnaire paie'), title('Gestionnaire carrières')] },
      { name: 'Service Formation', posts: [title('Chargé de formation', 'Chargée de formation'), title('Assistant formation', 'Assistante formation')] },
      { name: 'Service Recrutement', posts: [title('Chargé de recrutement', 'Chargée de recrutement'), title('Assistant recrutement', 'Assistante recrutement')] },
    ],
    extraServices: [
      { name: 'Service Relations sociales', posts: [title('Chargé des relations sociales', 'Chargée des relations sociales')] },
      { name: 'Service Prévention des risques professionnels', posts: [title('Conseiller en prévention', 'Conseillère en prévention')] },
      { name: 'Service Action sociale du personnel', posts: [title('Gestionnaire action sociale')] },
    ],
  },
  {
    name: "Direction Logistique et Systèmes d'Information",
    director: title("Directeur de la logistique et des systèmes d'information", "Directrice de la logistique et des systèmes d'information"),
    family: 'ressources',
    sites: [CENTRE_ADMINISTRATIF],
    services: [
      {
        name: 'Service Infrastructures',
        posts: [title('Administrateur systèmes et réseaux', 'Administratrice systèmes et réseaux'), title('Technicien support', 'Technicienne support')],
      },
      {
        name: 'Service Applications métier',
        posts: [title('Développeur applications', 'Développeuse applications'), title('Chef de projet applicatif', 'Cheffe de projet applicatif')],
      },
      {
        name: 'Service Parc automobile et logistique',
        site: CENTRE_TECHNIQUE,
        posts: [title('Mécanicien', 'Mécanicienne'), title('Gestionnaire de flotte'), title('Magasinier', 'Magasinière')],
      },
    ],
    extraServices: [
      { name: 'Service Données et SIG', posts: [title('Géomaticien', 'Géomaticienne'), title('Chargé de données', 'Chargée de données')] },
      { name: 'Service Téléphonie', posts: [title('Technicien téléphonie', 'Technicienne téléphonie')] },
      { name: 'Service Reprographie et courrier', posts: [title('Agent de reprographie'), title('Vaguemestre')] },
    ],
  },
  {
    name: 'Direction des Bâtiments',
    director: title('Directeur des bâtiments', 'Directrice des bâtiments'),
    family: 'cadre-de-vie',
    sites: [CENTRE_TECHNIQUE],
    services: [
      {
        name: 'Service Maintenance',
        weight: 1.5,
        posts: [title('Technicien bâtiment', 'Technicienne bâtiment'), title('Électricien', 'Électricienne'), title('Plombier chauffagiste', 'Plombière chauffagiste')],
      },
      { name: 'Service Travaux', posts: [title('Conducteur de travaux', 'Conductrice de travaux'), title('Dessinateur-projeteur', 'Dessinatrice-projeteuse')] },
      { name: 'Service Sécurité des ERP', posts: [title('Chargé de prévention ERP', 'Chargée de prévention ERP'), title('Agent de sécurité incendie')] },
    ],
    extraServices: [
      { name: 'Service Énergie et fluides', posts: [title('Économe de flux'), title('Technicien énergie', 'Technicienne énergie')] },
      { name: 'Service Gestion du patrimoine', posts: [title('Gestionnaire du patrimoine bâti')] },
      { name: 'Service Propreté des locaux', posts: [title("Agent d'entretien des locaux")] },
    ],
  },
  {
    name: 'Direction de la Communication Interne',
    director: title('Directeur de la communication interne', 'Directrice de la communication interne'),
    family: 'ressources',
    sites: [HOTEL_DE_VILLE],
    services: [
      {
        name: 'Service Communication interne',
        posts: [title('Chargé de communication interne', 'Chargée de communication interne'), title('Rédacteur', 'Rédactrice'), title('Graphiste')],
      },
      { name: 'Service Événements et vie des agents', posts: [title("Chargé d'événementiel", "Chargée d'événementiel")] },
    ],
    extraServices: [
      { name: 'Service Intranet et contenus numériques', posts: [title('Webmestre'), title('Animateur de communauté', 'Animatrice de communauté')] },
      { name: 'Service Studio graphique', posts: [title('Graphiste'), title('Photographe')] },
    ],
  },
  {
    name: 'Direction des Finances',
    director: title('Directeur des finances', 'Directrice des finances'),
    family: 'ressources',
    sites: [HOTEL_DE_VILLE],
    services: [
      { name: 'Service Budget', posts: [title('Analyste budgétaire'), title('Chargé de la préparation budgétaire', 'Chargée de la préparation budgétaire')] },
      { name: 'Service Comptabilité', weight: 1.3, posts: [title('Comptable'), title('Gestionnaire comptable')] },
      { name: 'Service Marchés publics', posts: [title('Acheteur public', 'Acheteuse publique'), title('Juriste marchés publics')] },
    ],
    extraServices: [
      { name: 'Service Fiscalité', posts: [title('Chargé de fiscalité', 'Chargée de fiscalité')] },
      { name: 'Service Dette et trésorerie', posts: [title('Gestionnaire dette et trésorerie')] },
      { name: 'Service Régies', posts: [title('Régisseur', 'Régisseuse')] },
    ],
  },
  {
    name: "Direction de l'Éducation et de la Jeunesse",
    director: title("Directeur de l'éducation et de la jeunesse", "Directrice de l'éducation et de la jeunesse"),
    family: 'population',
    sites: [CENTRE_ADMINISTRATIF],
    services: [
      { name: 'Service Vie scolaire', weight: 1.3, posts: [title('Gestionnaire vie scolaire'), title('ATSEM')] },
      {
        name: 'Service Restauration scolaire',
        weight: 1.5,
        site: CUISINE_CENTRALE,
        posts: [title('Cuisinier', 'Cuisinière'), title('Agent de restauration'), title('Diététicien', 'Diététicienne')],
      },
      { name: 'Service Jeunesse', posts: [title('Animateur jeunesse', 'Animatrice jeunesse'), title('Coordinateur jeunesse', 'Coordinatrice jeunesse')] },
    ],
    extraServices: [
      { name: 'Service Activités périscolaires', posts: [title('Animateur périscolaire', 'Animatrice périscolaire')] },
      { name: 'Service Centres de loisirs', posts: [title("Directeur d'accueil de loisirs", "Directrice d'accueil de loisirs"), title('Animateur', 'Animatrice')] },
    ],
  },
  {
    name: "Direction de l'Urbanisme",
    director: title("Directeur de l'urbanisme", "Directrice de l'urbanisme"),
    family: 'cadre-de-vie',
    sites: [CENTRE_ADMINISTRATIF],
    services: [
      {
        name: 'Service Autorisations du droit des sols',
        posts: [title('Instructeur du droit des sols', 'Instructrice du droit des sols'), title('Assistant urbanisme', 'Assistante urbanisme')],
      },
      { name: 'Service Planification urbaine', posts: [title("Chargé d'études urbanisme", "Chargée d'études urbanisme"), title('Urbaniste')] },
    ],
    extraServices: [
      { name: 'Service Foncier', posts: [title('Négociateur foncier', 'Négociatrice foncière')] },
      { name: 'Service Habitat', posts: [title("Chargé de l'habitat", "Chargée de l'habitat")] },
    ],
  },
  {
    name: 'Direction des Affaires Culturelles',
    director: title('Directeur des affaires culturelles', 'Directrice des affaires culturelles'),
    family: 'population',
    sites: [HOTEL_DE_VILLE],
    services: [
      {
        name: 'Service Médiathèques',
        weight: 1.3,
        site: MEDIATHEQUE,
        posts: [title('Bibliothécaire'), title('Assistant de conservation', 'Assistante de conservation'), title('Agent de bibliothèque')],
      },
      {
        name: 'Service Conservatoire',
        site: CONSERVATOIRE,
        posts: [title('Professeur de musique', 'Professeure de musique'), title('Professeur de danse', 'Professeure de danse')],
      },
      { name: 'Service Action culturelle', posts: [title('Chargé de médiation culturelle', 'Chargée de médiation culturelle'), title('Régisseur spectacle', 'Régisseuse spectacle')] },
    ],
    extraServices: [
      { name: 'Service Archives municipales', posts: [title('Archiviste')] },
      { name: 'Service Patrimoine et musées', posts: [title('Guide-conférencier', 'Guide-conférencière'), title('Chargé des collections', 'Chargée des collections')] },
    ],
  },
  {
    name: "Direction de la Citoyenneté et de l'État civil",
    director: title("Directeur de la citoyenneté et de l'état civil", "Directrice de la citoyenneté et de l'état civil"),
    family: 'population',
    sites: [HOTEL_DE_VILLE],
    services: [
      { name: 'Service État civil', weight: 1.2, posts: [title("Agent d'état civil"), title('Gestionnaire état civil')] },
      { name: 'Service Élections et recensement', posts: [title('Gestionnaire élections'), title('Coordinateur du recensement', 'Coordinatrice du recensement')] },
      { name: 'Service Accueil des usagers', posts: [title("Agent d'accueil"), title("Chargé d'accueil", "Chargée d'accueil")] },
    ],
    extraServices: [
      { name: 'Service Cimetières', posts: [title('Gardien de cimetière', 'Gardienne de cimetière'), title('Gestionnaire des concessions')] },
      { name: "Service Titres d'identité", posts: [title("Agent des titres d'identité")] },
    ],
  },
];
