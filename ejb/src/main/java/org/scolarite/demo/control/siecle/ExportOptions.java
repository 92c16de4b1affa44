package org.scolarite.demo.control.siecle;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * How to write the exports: which of the real variants (pupils with or without addresses, {@code BEE_ELEVES}
 * version 3.0 or 2.1, guardians' current {@code NIVEAU_RESPONSABILITE} form or the old {@code RESP_LEGAL} one), in
 * which encoding (declared in the prolog), one zip per establishment or plain files, the export's date (in every
 * {@code PARAMETRES}, fixed so that the same seed gives the same bytes) and the faults to put in.
 */
public record ExportOptions(boolean withAddresses, PupilsVersion pupilsVersion, GuardianForm guardianForm,
                            Charset charset, boolean zipped, LocalDateTime exportedAt, ExportFaults faults) {

    public static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");

    public enum PupilsVersion {
        /** Current files: {@code NOM_DE_FAMILLE} and {@code NOM_USAGE}. */
        V3_0("3.0"),
        /** Files before 2016: a single {@code NOM}. */
        V2_1("2.1");

        private final String attribute;

        PupilsVersion(String attribute) {
            this.attribute = attribute;
        }

        public String attribute() {
            return attribute;
        }
    }

    public enum GuardianForm {
        /** {@code NIVEAU_RESPONSABILITE} + {@code CODE_PARENTE} + {@code PAIE_FRAIS_SCOLAIRES}… */
        CURRENT,
        /** {@code RESP_LEGAL} (1, 2, 0) and a single {@code NOM}, as before 2016. */
        RESP_LEGAL
    }

    public ExportOptions {
        Objects.requireNonNull(pupilsVersion);
        Objects.requireNonNull(guardianForm);
        Objects.requireNonNull(charset);
        Objects.requireNonNull(exportedAt);
        Objects.requireNonNull(faults);
    }

    /** What SIECLE exports today: « sans adresses » 3.0, current guardians' form, ISO-8859-15, plain files. */
    public static ExportOptions current(LocalDateTime exportedAt) {
        return new ExportOptions(false, PupilsVersion.V3_0, GuardianForm.CURRENT, ISO_8859_15, false, exportedAt,
                ExportFaults.none());
    }

    public ExportOptions withFaults(ExportFaults faults) {
        return new ExportOptions(withAddresses, pupilsVersion, guardianForm, charset, zipped, exportedAt, faults);
    }

    public ExportOptions zipped(boolean zip) {
        return new ExportOptions(withAddresses, pupilsVersion, guardianForm, charset, zip, exportedAt, faults);
    }

    public ExportOptions inUtf8() {
        return new ExportOptions(withAddresses, pupilsVersion, guardianForm, StandardCharsets.UTF_8, zipped,
                exportedAt, faults);
    }

    /** The older variants: « avec adresses », {@code BEE_ELEVES} 2.1, {@code RESP_LEGAL}. */
    public ExportOptions legacy() {
        return new ExportOptions(true, PupilsVersion.V2_1, GuardianForm.RESP_LEGAL, charset, zipped, exportedAt,
                faults);
    }

    public ExportOptions withAddresses(boolean addresses) {
        return new ExportOptions(addresses, pupilsVersion, guardianForm, charset, zipped, exportedAt, faults);
    }
}
