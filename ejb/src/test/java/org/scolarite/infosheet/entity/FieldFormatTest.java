package org.scolarite.infosheet.entity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldFormatTest {

    @ParameterizedTest(name = "{0} « {1} » → {2}")
    @DisplayName("R-FICHE-1: phones, e-mails, postal codes and names at their boundaries")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "PHONE|06 12 34 56 78|NULL",
            "PHONE|06.12.34.56.78|NULL",
            "PHONE|+33612345678|NULL",
            "PHONE|+4930123456|NULL",
            "PHONE|0012345678|error.phone",
            "PHONE|061234567|error.phone",
            "PHONE|06123456789|error.phone",
            "PHONE|+1234567|error.phone",
            "PHONE|06 12 AB 56 78|error.phone",
            "PHONE|'   '|NULL",
            "EMAIL|claire.durand@example.org|NULL",
            "EMAIL|claire@localhost|error.email",
            "EMAIL|claire durand@example.org|error.email",
            "EMAIL|@example.org|error.email",
            "EMAIL|''|NULL",
            "POSTAL_CODE|14000|NULL",
            "POSTAL_CODE|1400|error.postalCode",
            "POSTAL_CODE|140000|error.postalCode",
            "POSTAL_CODE|2A000|error.postalCode",
            "POSTAL_CODE|''|error.required",
            "NAME|Le Gall-Mérieux|NULL",
            "NAME|N’Diaye|NULL",
            "NAME|''|error.required",
            "NAME|Durand3|error.name",
            "YES_NO|true|NULL",
            "YES_NO|oui|error.choice",
            "CIVILITY|mme|NULL",
            "CIVILITY|Dr|error.choice",
            "PROFESSION|99|NULL",
            "PROFESSION|98|error.choice",
            "SITUATION|4|NULL",
            "SITUATION|5|error.choice",
    })
    void checks(FieldFormat format, String typed, String error) {
        assertThat(format.check(format.normalize(typed)).orElse(null)).isEqualTo(error);
    }

    @ParameterizedTest(name = "{0} « {1} » → « {2} »")
    @DisplayName("R-FICHE-1: values are compared normalized")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "PHONE|' 06 12-34.56 78 '|0612345678",
            "EMAIL|Claire@Example.ORG|claire@example.org",
            "TEXT|'  12   rue  des Lilas '|12 rue des Lilas",
            "TEXT|'  '|NULL",
    })
    void normalizes(FieldFormat format, String typed, String expected) {
        assertThat(format.normalize(typed)).isEqualTo(expected);
    }
}
