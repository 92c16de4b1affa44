package org.scolarite.account.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UsernameTest {

    @ParameterizedTest(name = "« {0} » « {1} » → {2}")
    @DisplayName("R-ACC-2: the identifier is prenom.nom, lower case, accents folded, spaces and apostrophes removed, hyphens kept")
    @CsvSource(delimiter = '|', value = {
            "Jeanne      | D'Arc-Müller     | jeanne.darc-muller",
            "Jean        | de La Fontaine   | jean.delafontaine",
            "Jean-Pierre | N'Diaye          | jean-pierre.ndiaye",
            "Zoé         | Le Bœuf          | zoe.leboeuf",
            "Anaïs       | D’Estaing        | anais.destaing",
            "Æsa         | Straße           | aesa.strasse",
            "François    | LÆTITIA-ŒUVRE    | francois.laetitia-oeuvre",
            "Élodie      | --Martin--Durand- | elodie.martin-durand",
            "Jean‑Luc    | Lefèvre (dit Lulu) 2 | jean-luc.lefevreditlulu",
            "Søren       | Łukasz           | soren.lukasz",
    })
    void normalisesNames(String firstName, String lastName, String expected) {
        assertThat(Username.base(firstName, lastName).value()).isEqualTo(expected);
    }

    @Test
    @DisplayName("R-ACC-2: a name without any usable letter is refused with a French message naming it")
    void refusesNamesWithoutLetters() {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.base("Jean", "' -"))
                .withMessage("Le nom « ' - » ne contient aucune lettre utilisable pour former l'identifiant.");
        assertThatIllegalArgumentException().isThrownBy(() -> Username.base("李", "Dupont"))
                .withMessageStartingWith("Le prénom « 李 »");
    }

    @Test
    @DisplayName("R-ACC-2: the first holder of a name gets it bare")
    void firstOfANameGetsTheBase() {
        Username base = Username.of("jean.dupont");

        assertThat(Username.allocate(base, Set.of())).isEqualTo(base);
        assertThat(Username.allocate(base, Set.of("jean.dupontel", "jean.dupont-martin"))).isEqualTo(base);
    }

    @Test
    @DisplayName("R-ACC-2: a taken name gets the smallest free order number: jean.dupont1, jean.dupont2 …")
    void collisionsAreNumbered() {
        Username base = Username.of("jean.dupont");

        assertThat(Username.allocate(base, Set.of("jean.dupont"))).hasToString("jean.dupont1");
        assertThat(Username.allocate(base, Set.of("jean.dupont", "jean.dupont1"))).hasToString("jean.dupont2");
        assertThat(Username.allocate(base, Set.of("jean.dupont", "jean.dupont2", "jean.dupontel")))
                .hasToString("jean.dupont1");
    }

    @Test
    @DisplayName("R-ACC-2: an identifier's base is the identifier without its order number, the key of homonyms")
    void baseOfANumberedIdentifier() {
        assertThat(Username.of("jean.dupont2").withoutOrderNumber()).hasToString("jean.dupont");
        assertThat(Username.of("jean.dupont17").withoutOrderNumber()).hasToString("jean.dupont");
        assertThat(Username.of("jean.dupont").withoutOrderNumber()).hasToString("jean.dupont");
        assertThat(Username.allocate(Username.of("jean.dupont"), Set.of("jean.dupont")).withoutOrderNumber())
                .hasToString("jean.dupont");
    }

    @Test
    @DisplayName("R-ACC-2: a base already carrying an order number is refused (it would give jean.dupont11)")
    void baseMustNotCarryANumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Username.allocate(Username.of("jean.dupont1"), Set.of("jean.dupont1")));
    }

    @Test
    @DisplayName("R-ACC-2: an identifier that breaks the format is refused with a French message saying which rule")
    void refusesMalformedIdentifiers() {
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of(" "))
                .withMessage("L'identifiant est vide.");
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("Jean.Dupont"))
                .withMessageContaining("doit être de la forme prenom.nom");
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("jeandupont"))
                .withMessageContaining("doit être de la forme prenom.nom");
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("jean.dupont.2"))
                .withMessageContaining("doit être de la forme prenom.nom");
        assertThatIllegalArgumentException().isThrownBy(() -> Username.of("j." + "a".repeat(300)))
                .withMessage("L'identifiant ne doit pas dépasser 255 caractères.");
    }

    @Test
    @DisplayName("R-PORTAL-1: what a user types forgives spaces and capitals, and anything else is simply not an identifier")
    void readsTypedInput() {
        assertThat(Username.fromInput("  Jean.Dupont2 ")).contains(Username.of("jean.dupont2"));
        assertThat(Username.fromInput("jean dupont")).isEmpty();
        assertThat(Username.fromInput(null)).isEmpty();
    }

    @Test
    @DisplayName("The JPA converter stores the identifier as its text")
    void convertsToAndFromTheColumn() {
        UsernameConverter converter = new UsernameConverter();

        assertThat(converter.convertToDatabaseColumn(Username.of("zoe.leboeuf1"))).isEqualTo("zoe.leboeuf1");
        assertThat(converter.convertToEntityAttribute("zoe.leboeuf1")).isEqualTo(Username.of("zoe.leboeuf1"));
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
