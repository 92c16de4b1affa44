package org.scolarite.demo.control;

import java.util.List;

/**
 * Realistic French names for demo data, with what real files contain: accents, hyphens, apostrophes,
 * particles and compound family names (they exercise username normalisation, R-ACC-2).
 */
final class FrenchNames {

    static final List<String> FEMALE = List.of("Léa", "Chloé", "Emma", "Manon", "Inès", "Camille", "Zoé", "Louise",
            "Jade", "Anaïs", "Maëlys", "Éloïse", "Clémence", "Océane", "Noémie", "Agathe", "Margaux", "Héloïse",
            "Lou-Ann", "Marie-Claire", "Rose", "Juliette", "Sarah", "Yasmine", "Amandine", "Célia", "Inaya", "Adèle",
            "Romane", "Capucine", "Aïcha", "Lina", "Mathilde", "Pauline", "Salomé", "Gaëlle", "Ophélie", "Bérénice");

    static final List<String> MALE = List.of("Lucas", "Hugo", "Théo", "Nathan", "Louis", "Jules", "Raphaël", "Gabriel",
            "Arthur", "Noé", "Ethan", "Timéo", "Maël", "Enzo", "Mathéo", "Jean-Baptiste", "Paul", "Victor", "Léon",
            "Sacha", "Adam", "Mohamed", "Yanis", "Bastien", "Clément", "Jérémy", "Benoît", "François", "Loïc",
            "Anthony", "Kylian", "Côme", "Titouan", "Gaël", "Amaury", "Rémi", "Jean-Pierre", "Pierre-Louis");

    static final List<String> ADULT_FEMALE = List.of("Sophie", "Nathalie", "Isabelle", "Sandrine", "Céline",
            "Stéphanie", "Aurélie", "Émilie", "Virginie", "Valérie", "Karine", "Hélène", "Laëtitia", "Fatima",
            "Christelle", "Anne-Sophie", "Marie-Hélène", "Géraldine", "Béatrice", "Nadia");

    static final List<String> ADULT_MALE = List.of("Thierry", "Stéphane", "Frédéric", "Olivier", "Nicolas", "Sébastien",
            "Christophe", "Jérôme", "Laurent", "Éric", "Cédric", "Grégory", "Arnaud", "Hervé", "Karim", "Jean-Marc",
            "Pascal", "Rachid", "Benoît", "Guillaume");

    static final List<String> FAMILY = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "García", "David", "Bertrand",
            "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert",
            "Bonnet", "François", "Martínez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Müller",
            "Henry", "Roussel", "Nicolas", "Perrin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
            "Chevalier", "Robin", "Masson", "N'Diaye", "D'Arc-Müller", "de La Fontaine", "Le Bœuf", "Da Silva",
            "Martin-Dubois", "Le Goff", "Le Gall", "Hébert", "Lemaître", "Ménard", "Bréhéret", "Côté", "Saint-Léger",
            "O'Neill", "Van der Berg", "Ben Saïd", "Delaunay-Bérard", "Lemoine", "Besnard", "Lecœur", "Leménager");

    /** Calvados towns with their postal and INSEE codes (académie de Normandie, Caen). */
    static final List<String[]> TOWNS = List.of(
            new String[] {"14000", "CAEN", "14118"},
            new String[] {"14200", "HÉROUVILLE-SAINT-CLAIR", "14327"},
            new String[] {"14123", "IFS", "14341"},
            new String[] {"14120", "MONDEVILLE", "14437"},
            new String[] {"14400", "BAYEUX", "14047"},
            new String[] {"14100", "LISIEUX", "14366"},
            new String[] {"14700", "FALAISE", "14258"},
            new String[] {"14280", "SAINT-CONTEST", "14566"});

    static final List<String> STREETS = List.of("rue de la Paix", "avenue de la Libération", "rue Saint-Jean",
            "boulevard Maréchal-Leclerc", "rue des Jacobins", "place de l'Église", "chemin des Prés",
            "allée des Tilleuls", "rue du Général-de-Gaulle", "impasse des Lilas", "rue d'Écosse", "quai Vendeuvre");

    private FrenchNames() {
    }
}
