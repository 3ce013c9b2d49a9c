import { foldText } from '@maillage/shared/contracts';

/** A town hall's skill referential: domain → skills, with synonyms after `|`. Fictitious but realistic. */
const REFERENTIAL: Record<string, string[]> = {
  'Achats et marchés': ['Marchés publics|commande publique', 'Rédaction de cahiers des charges|CCTP', 'Analyse des offres', 'Exécution des marchés', 'Achats responsables|achats durables', 'Négociation fournisseurs', 'Code de la commande publique', 'Dématérialisation des marchés|profil acheteur'],
  'Finances': ['Gestion budgétaire M57|nomenclature M57', 'Préparation budgétaire', 'Comptabilité publique', 'Analyse financière', 'Contrôle de gestion', 'Fiscalité locale', 'Gestion de la dette', 'Subventions et mécénat|recherche de financements', 'Régies de recettes', 'Tarification des services publics'],
  'Ressources humaines': ['Paie|gestion de la paie', 'Gestion des carrières', 'Recrutement', 'Formation professionnelle', 'GPEC|gestion prévisionnelle des emplois', 'Dialogue social', 'Prévention des risques professionnels|santé sécurité au travail', 'Statut de la fonction publique territoriale', 'Gestion des absences', 'Accompagnement au changement', 'Qualité de vie au travail'],
  'Juridique et assemblées': ['Droit public', 'Rédaction d’actes administratifs|délibérations et arrêtés', 'Gestion des assemblées|conseil municipal', 'Contentieux administratif', 'RGPD|protection des données personnelles', 'Commande publique juridique', 'Assurances', 'Droit de la fonction publique'],
  'Population et citoyenneté': ['État civil', 'Élections', 'Recensement de la population', 'Affaires funéraires|cimetières', 'Accueil du public', 'Médiation', 'Guichet unique', 'Titres d’identité|passeports et cartes d’identité', 'Accompagnement des publics en difficulté'],
  'Urbanisme et aménagement': ['Urbanisme réglementaire|droit des sols', 'Instruction des autorisations d’urbanisme|permis de construire', 'PLU|plan local d’urbanisme', 'Aménagement urbain', 'Foncier', 'Habitat et logement', 'Politique de la ville', 'Mobilités|déplacements urbains', 'Cartographie'],
  'Numérique et SI': ['SIG|système d’information géographique', 'Développement web', 'Administration systèmes', 'Réseaux informatiques', 'Cybersécurité|sécurité des systèmes d’information', 'Gestion de bases de données|SQL', 'Support utilisateurs|assistance informatique', 'Dématérialisation des procédures|administration numérique', 'Conduite de projet informatique', 'Données ouvertes|open data', 'Accessibilité numérique|RGAA', 'Téléphonie', 'Gestion de parc informatique', 'Logiciels libres', 'Analyse de données|data', 'Intelligence artificielle'],
  'Bâtiments et patrimoine': ['Maintenance des bâtiments', 'Sécurité incendie|SSIAP', 'Accessibilité des ERP', 'Électricité', 'Plomberie', 'Chauffage et climatisation|CVC', 'Menuiserie', 'Peinture', 'Maçonnerie', 'Maîtrise d’ouvrage|conduite d’opérations', 'Économie de la construction', 'Énergie et rénovation thermique', 'Gestion technique des bâtiments|GTB', 'Diagnostic amiante et plomb'],
  'Espaces publics et environnement': ['Espaces verts', 'Voirie', 'Propreté urbaine', 'Éclairage public', 'Gestion des déchets', 'Biodiversité', 'Transition écologique', 'Gestion de l’eau|assainissement', 'Arboriculture|élagage', 'Fleurissement'],
  'Logistique et moyens': ['Gestion de flotte automobile|parc automobile', 'Mécanique automobile', 'Logistique événementielle', 'Gestion des stocks', 'Reprographie', 'Courrier', 'Conduite de poids lourds|permis C', 'Conduite d’engins|CACES', 'Gestion des salles'],
  'Communication': ['Communication interne', 'Communication externe', 'Rédaction|écriture journalistique', 'Réseaux sociaux', 'Graphisme|PAO', 'Photographie', 'Vidéo', 'Relations presse', 'Organisation d’événements|événementiel', 'Webmestre|gestion de site web', 'Facile à lire et à comprendre|FALC'],
  'Éducation, enfance et jeunesse': ['Petite enfance', 'Animation périscolaire', 'Restauration scolaire', 'Projet éducatif territorial|PEDT', 'Accueil de loisirs', 'Prévention jeunesse', 'Soutien à la parentalité', 'ATSEM|accompagnement en maternelle'],
  'Culture, sport et vie associative': ['Lecture publique|bibliothèque', 'Médiation culturelle', 'Programmation culturelle', 'Archives', 'Patrimoine historique', 'Enseignement musical', 'Gestion d’équipements sportifs', 'Éducation sportive', 'Vie associative|relations avec les associations', 'Billetterie'],
  'Social et santé': ['Action sociale|CCAS', 'Accompagnement des personnes âgées', 'Handicap|inclusion', 'Prévention santé', 'Hygiène et salubrité', 'Aide alimentaire', 'Insertion professionnelle'],
  'Sécurité et prévention': ['Police municipale', 'Prévention de la délinquance', 'Gestion de crise|plan communal de sauvegarde', 'Sécurité des manifestations', 'Vidéoprotection', 'Médiation de tranquillité publique'],
  'Management et méthodes': ['Conduite de projet|gestion de projet', 'Management d’équipe', 'Management transversal', 'Animation de réunions', 'Démarche qualité', 'Évaluation des politiques publiques', 'Concertation citoyenne|participation des habitants', 'Méthodes agiles', 'Conduite du changement', 'Design de services publics', 'Gestion du temps', 'Prise de parole en public'],
  'Langues': ['Anglais', 'Espagnol', 'Allemand', 'Italien', 'Arabe', 'Langue des signes française|LSF', 'Portugais', 'Polonais'],
  'Bureautique et outils': ['Tableur|Excel', 'Traitement de texte', 'Logiciels métier', 'Outils collaboratifs', 'Gestion électronique des documents|GED', 'Archivage électronique'],
};

export interface SkillDefinition {
  readonly skillId: string;
  readonly label: string;
  readonly domain: string;
  readonly synonyms: readonly string[];
}

const slug = (text: string) =>
  foldText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** The seeded referential: stable, readable ids ("marches-publics"), domain, synonyms. */
export function skillReferential(): SkillDefinition[] {
  return Object.entries(REFERENTIAL).flatMap(([domain, entries]) =>
    entries.map((entry) => {
      const [label, ...synonyms] = entry.split('|');
      return { skillId: slug(label), label, domain, synonyms };
    }),
  );
}
