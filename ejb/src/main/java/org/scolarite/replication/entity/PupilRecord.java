package org.scolarite.replication.entity;

import java.time.LocalDate;
import java.util.List;
import org.scolarite.people.entity.Sex;

/**
 * One pupil of {@code ElevesSansAdresses.xml} / {@code ElevesAvecAdresses.xml}, with what the file gives elsewhere
 * about him joined in by the reader: his division and groups ({@code STRUCTURES}), his options ({@code OPTIONS}) and,
 * in the "avec adresses" variant, his address. Optional elements absent or empty are null (lists empty).
 *
 * @param sourceId      {@code ELEVE_ID}, the key joining all files of the establishment
 * @param ine           {@code ID_NATIONAL}, the national pupil number that follows him across establishments
 * @param departureDate {@code DATE_SORTIE}: a pupil with a departure date has left, though still in the file
 * @param previousSchoolUai {@code SCOLARITE_AN_DERNIER/CODE_RNE}
 */
public record PupilRecord(SourceLocation location, String sourceId, String elenoet, String ine, String lastName,
                          String usageName, String firstName, String firstName2, String firstName3,
                          LocalDate birthDate, Sex sex, String birthCountryCode, String nationalityCode,
                          String birthDepartmentCode, String birthInseeCode, String birthCity, String mefCode,
                          String statusCode, String regimeCode, Boolean repeating, LocalDate entryDate,
                          LocalDate departureDate, String departureReasonCode, Boolean acceptsSms,
                          String email, String homePhone, String mobilePhone,
                          String previousMefCode, String previousStructureCode, String previousSchoolUai,
                          String divisionCode, List<String> groupCodes, List<PupilOption> options,
                          AddressRecord address) implements SourceItem {

    /** {@code OPTIONS_ELEVE}: rank, {@code O} compulsory / {@code F} optional, 6-digit subject code. */
    public record PupilOption(int number, String modality, String subjectCode) implements java.io.Serializable {
    }
}
