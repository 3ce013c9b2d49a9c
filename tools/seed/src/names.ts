/** `x` marks a first name worn by women and men alike: the post title then goes either way. */
export type Gender = 'f' | 'm' | 'x';

export interface FirstName {
  readonly name: string;
  readonly gender: Gender;
}

const WOMEN = [
  'Hélène', 'Amélie', 'Zoé', 'Chloé', 'Léa', 'Manon', 'Inès', 'Clémence', 'Émilie', 'Céline',
  'Nathalie', 'Isabelle', 'Sophie', 'Sandrine', 'Valérie', 'Stéphanie', 'Aurélie', 'Élodie', 'Mélanie', 'Virginie',
  'Laetitia', 'Séverine', 'Françoise', 'Brigitte', 'Catherine', 'Christine', 'Martine', 'Sylvie', 'Véronique', 'Anaïs',
  'Maëlle', 'Noémie', 'Océane', 'Léonie', 'Agathe', 'Margaux', 'Pauline', 'Juliette', 'Louise', 'Alice',
  'Jeanne', 'Lucie', 'Marion', 'Julie', 'Charlotte', 'Mathilde', 'Élise', 'Gaëlle', 'Solène', 'Maïwenn',
  'Bérénice', 'Danièle', 'Josiane', 'Yasmina', 'Fatoumata', 'Nadia', 'Leïla', 'Aïcha', 'Anne-Sophie', 'Marie-Hélène',
  'Geneviève', 'Héloïse', 'Ophélie', 'Capucine',
];

const MEN = [
  'Jérôme', 'Loïc', 'Maël', 'Thomas', 'Nicolas', 'Julien', 'Sébastien', 'Stéphane', 'Frédéric', 'Jean-François',
  'Jean-Baptiste', 'Pierre', 'Philippe', 'Laurent', 'Olivier', 'Christophe', 'Éric', 'Benoît', 'François', 'Hervé',
  'Gérard', 'Michel', 'Patrick', 'Thierry', 'Pascal', 'Didier', 'Bruno', 'Régis', 'Joël', 'Noël',
  'Gaël', 'Yannick', 'Mathéo', 'Théo', 'Hugo', 'Lucas', 'Louis', 'Gabriel', 'Raphaël', 'Arthur',
  'Jules', 'Adrien', 'Antoine', 'Baptiste', 'Clément', 'Damien', 'Florian', 'Guillaume', 'Maxime', 'Quentin',
  'Romain', 'Samuel', 'Yanis', 'Mehdi', 'Karim', 'Mamadou', 'Timothée', 'Aurélien', 'Cédric', 'Grégoire',
  'Jérémy', 'Mickaël', 'Rémi', 'Étienne', 'Anatole',
];

const EITHER = ['Camille', 'Dominique', 'Claude', 'Alix', 'Sacha'];

export const FIRST_NAMES: readonly FirstName[] = [
  ...WOMEN.map((name) => ({ name, gender: 'f' as const })),
  ...MEN.map((name) => ({ name, gender: 'm' as const })),
  ...EITHER.map((name) => ({ name, gender: 'x' as const })),
];

export const LAST_NAMES: readonly string[] = [
  'Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Dubois', 'Moreau', 'Laurent',
  'Simon', 'Michel', 'Lefèvre', 'Leroy', 'Roux', 'David', 'Bertrand', 'Morel', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Lefebvre', 'Faure', 'André',
  'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia',
  'Perrin', 'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Masson', 'Marchand',
  'Duval', 'Denis', 'Dumont', 'Lemaire', 'Noël', 'Meyer', 'Dufour', 'Meunier', 'Brun', 'Blanchard',
  'Giraud', 'Joly', 'Rivière', 'Lucas', 'Brunet', 'Gaillard', 'Barbier', 'Arnaud', 'Martinez', 'Gérard',
  'Roche', 'Renard', 'Schmitt', 'Roy', 'Leroux', 'Colin', 'Vidal', 'Caron', 'Picard', 'Roger',
  'Fabre', 'Aubert', 'Lemoine', 'Renaud', 'Dumas', 'Lacroix', 'Olivier', 'Bourgeois', 'Benoît', 'Rey',
  'Leclerc', 'Payet', 'Rolland', 'Guillaume', 'Lecomte', 'Lopez', 'Dupuy', 'Guillot', 'Hubert', 'Berger',
  'Carpentier', 'Sanchez', 'Dupuis', 'Moulin', 'Deschamps', 'Huet', 'Vasseur', 'Perez', 'Boucher', 'Fleury',
  'Royer', 'Klein', 'Jacquet', 'Adam', 'Poirier', 'Marty', 'Aubry', 'Guyot', 'Carré', 'Charpentier',
  'Ménard', 'Maillard', 'Baron', 'Bertin', 'Bailly', 'Schneider', 'Fernandez', 'Le Gall', 'Léger', 'Bouvier',
  'Prévost', 'Millet', 'Perrot', 'Le Roux', 'Germain', 'Breton', 'Langlois', 'Rémy', 'Le Goff', 'Pelletier',
  'Lévêque', 'Leblanc', 'Barré', 'Lebrun', 'Weber', 'Hamon', 'Boulanger', 'Monnier', 'Michaud', 'Étienne',
  'Grondin', 'Hoarau', 'Barthélemy', 'Lecœur', 'Müller-Roux', "N'Diaye", 'Diallo', 'Nguyen', 'Benali', 'Haddad',
  'Da Silva', 'Kowalski', 'Saint-Martin', 'Le Bihan', 'Traoré',
];
