package org.scolarite.infosheet.entity;

import java.util.EnumMap;
import java.util.Map;
import org.scolarite.people.entity.Guardian;
import org.scolarite.people.entity.Student;
import org.scolarite.structure.entity.PostalAddress;

/**
 * Where each field of the sheet lives in the school's data (R-FICHE-1): reads the pupil's and the guardian's values,
 * normalized as the sheet compares them, and writes an accepted value back to the record.
 */
public final class SheetRecords {

    private SheetRecords() {
    }

    /** The school's values of every field, normalized (null: empty). */
    public static Map<SheetField, String> read(Student pupil, Guardian guardian) {
        Map<SheetField, String> raw = new EnumMap<>(SheetField.class);
        raw.put(SheetField.PUPIL_LAST_NAME, pupil.getLastName());
        raw.put(SheetField.PUPIL_FIRST_NAME, pupil.getFirstName());
        raw.put(SheetField.PUPIL_BIRTH_CITY, pupil.getBirthCity());
        raw.put(SheetField.PUPIL_HOME_PHONE, pupil.getHomePhone());
        raw.put(SheetField.PUPIL_MOBILE_PHONE, pupil.getMobilePhone());
        raw.put(SheetField.PUPIL_EMAIL, pupil.getEmail());
        raw.put(SheetField.GUARDIAN_CIVILITY, guardian.getCivility());
        raw.put(SheetField.GUARDIAN_LAST_NAME, guardian.getLastName());
        raw.put(SheetField.GUARDIAN_FIRST_NAME, guardian.getFirstName());
        raw.put(SheetField.GUARDIAN_SITUATION, guardian.getEmploymentSituation());
        raw.put(SheetField.GUARDIAN_PROFESSION, guardian.getProfessionCode());
        PostalAddress address = guardian.getAddress();
        raw.put(SheetField.GUARDIAN_ADDRESS_LINE1, address == null ? null : address.getLine1());
        raw.put(SheetField.GUARDIAN_ADDRESS_LINE2, address == null ? null : address.getLine2());
        raw.put(SheetField.GUARDIAN_POSTAL_CODE, address == null ? null : address.getPostalCode());
        raw.put(SheetField.GUARDIAN_CITY, address == null ? null : address.getCity());
        raw.put(SheetField.GUARDIAN_ADDRESS_SHARED, Boolean.toString(guardian.isAddressShared()));
        raw.put(SheetField.GUARDIAN_HOME_PHONE, guardian.getHomePhone());
        raw.put(SheetField.GUARDIAN_MOBILE_PHONE, guardian.getMobilePhone());
        raw.put(SheetField.GUARDIAN_WORK_PHONE, guardian.getWorkPhone());
        raw.put(SheetField.GUARDIAN_ACCEPTS_SMS, Boolean.toString(guardian.isAcceptsSms()));
        raw.put(SheetField.GUARDIAN_EMAIL, guardian.getEmail());
        Map<SheetField, String> values = new EnumMap<>(SheetField.class);
        raw.forEach((field, value) -> values.put(field, field.format().normalize(value)));
        return values;
    }

    /** Writes an accepted value into the pupil's or the guardian's record. */
    public static void write(SheetField field, String value, Student pupil, Guardian guardian) {
        PostalAddress a = guardian.getAddress();
        String line1 = a == null ? null : a.getLine1();
        String line2 = a == null ? null : a.getLine2();
        String postalCode = a == null ? null : a.getPostalCode();
        String city = a == null ? null : a.getCity();
        switch (field) {
            case PUPIL_LAST_NAME -> pupil.rename(value, pupil.getFirstName());
            case PUPIL_FIRST_NAME -> pupil.rename(pupil.getLastName(), value);
            case PUPIL_BIRTH_CITY -> pupil.bornIn(value, pupil.getBirthInseeCode(), pupil.getBirthCountryCode());
            case PUPIL_HOME_PHONE -> pupil.contactDetails(pupil.getAddress(), pupil.getEmail(), value,
                    pupil.getMobilePhone());
            case PUPIL_MOBILE_PHONE -> pupil.contactDetails(pupil.getAddress(), pupil.getEmail(),
                    pupil.getHomePhone(), value);
            case PUPIL_EMAIL -> pupil.contactDetails(pupil.getAddress(), value, pupil.getHomePhone(),
                    pupil.getMobilePhone());
            case GUARDIAN_CIVILITY -> guardian.rename(value, guardian.getLastName(), guardian.getFirstName());
            case GUARDIAN_LAST_NAME -> guardian.rename(guardian.getCivility(), value, guardian.getFirstName());
            case GUARDIAN_FIRST_NAME -> guardian.rename(guardian.getCivility(), guardian.getLastName(), value);
            case GUARDIAN_SITUATION -> guardian.employment(value, guardian.getProfessionCode());
            case GUARDIAN_PROFESSION -> guardian.employment(guardian.getEmploymentSituation(), value);
            case GUARDIAN_ADDRESS_LINE1 -> address(guardian, new PostalAddress(value, line2, postalCode, city));
            case GUARDIAN_ADDRESS_LINE2 -> address(guardian, new PostalAddress(line1, value, postalCode, city));
            case GUARDIAN_POSTAL_CODE -> address(guardian, new PostalAddress(line1, line2, value, city));
            case GUARDIAN_CITY -> address(guardian, new PostalAddress(line1, line2, postalCode, value));
            case GUARDIAN_ADDRESS_SHARED -> guardian.preferences(Boolean.parseBoolean(value), guardian.isAcceptsSms());
            case GUARDIAN_ACCEPTS_SMS -> guardian.preferences(guardian.isAddressShared(), Boolean.parseBoolean(value));
            case GUARDIAN_HOME_PHONE -> guardian.contactDetails(a, guardian.getEmail(), value,
                    guardian.getMobilePhone(), guardian.getWorkPhone());
            case GUARDIAN_MOBILE_PHONE -> guardian.contactDetails(a, guardian.getEmail(), guardian.getHomePhone(),
                    value, guardian.getWorkPhone());
            case GUARDIAN_WORK_PHONE -> guardian.contactDetails(a, guardian.getEmail(), guardian.getHomePhone(),
                    guardian.getMobilePhone(), value);
            case GUARDIAN_EMAIL -> guardian.contactDetails(a, value, guardian.getHomePhone(),
                    guardian.getMobilePhone(), guardian.getWorkPhone());
        }
    }

    private static void address(Guardian guardian, PostalAddress address) {
        guardian.contactDetails(address, guardian.getEmail(), guardian.getHomePhone(), guardian.getMobilePhone(),
                guardian.getWorkPhone());
    }
}
