package org.scolarite.settings.entity;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.scolarite.catalog.entity.NationalService;
import org.scolarite.catalog.entity.ServiceKey;
import org.scolarite.grades.entity.GradesPublication;
import org.scolarite.staff.entity.StaffRole;

/**
 * Describes one setting of an establishment: its storage key, the type of its value, when a change reaches the
 * families (R-SET-2), who may change it (R-ROLE-1), its value when never set, how a typed value is checked, and the
 * service that must be open for it to be edited (R-EDT-1).
 */
public final class Setting<T> {

    private static final Set<StaffRole> HEAD_AND_DELEGATE = Set.of(StaffRole.HEAD, StaffRole.DELEGATE);

    /** R-SET-1: rich text, sanitised and counted by the service; immediate. */
    public static final Setting<String> WELCOME_MESSAGE = new Setting<>("welcome-message", String.class,
            Effect.IMMEDIATE, HEAD_AND_DELEGATE, "", UnaryOperator.identity(), null);

    /** R-SET-3: immediate. */
    public static final Setting<EntLink> ENT_LINK = new Setting<>("ent-link", EntLink.class, Effect.IMMEDIATE,
            HEAD_AND_DELEGATE, EntLink.defaults(), EntLink::validated, null);

    /** R-SET-5: the mailbox is checked against the establishment's addresses by the service. */
    public static final Setting<ContactLink> CONTACT_LINK = new Setting<>("contact-link", ContactLink.class,
            Effect.NEXT_DAY, HEAD_AND_DELEGATE, ContactLink.defaults(), UnaryOperator.identity(), null);

    public static final Setting<UsefulLinks> USEFUL_LINKS = new Setting<>("useful-links", UsefulLinks.class,
            Effect.NEXT_DAY, HEAD_AND_DELEGATE, UsefulLinks.none(), UnaryOperator.identity(), null);

    /** R-PAY-1: only the head and the accountant. */
    public static final Setting<PaymentSettings> PAYMENT = new Setting<>("payment", PaymentSettings.class,
            Effect.NEXT_DAY, Set.of(StaffRole.HEAD, StaffRole.ACCOUNTANT), null, PaymentSettings::validated, null);

    /** R-EDT-1: not editable while the timetable service is closed. */
    public static final Setting<TimetableSettings> TIMETABLE = new Setting<>("timetable", TimetableSettings.class,
            Effect.NEXT_DAY, HEAD_AND_DELEGATE, TimetableSettings.defaults(), TimetableSettings::validated,
            NationalService.TIMETABLE);

    /** R-BOURSE-1. */
    public static final Setting<GrantContact> COLLEGE_GRANT_CONTACT = new Setting<>("college-grant-contact",
            GrantContact.class, Effect.NEXT_DAY, HEAD_AND_DELEGATE, GrantContact.none(), GrantContact::validated,
            null);

    public static final Setting<GrantContact> LYCEE_GRANT_CONTACT = new Setting<>("lycee-grant-contact",
            GrantContact.class, Effect.NEXT_DAY, HEAD_AND_DELEGATE, GrantContact.none(), GrantContact::validated,
            null);

    /** R-NOTES-1, R-NOTES-2: the menu exists only while Notes is open; the value is kept when it closes. */
    public static final Setting<GradesPublication> GRADES_PUBLICATION = new Setting<>("grades-publication",
            GradesPublication.class, Effect.NEXT_DAY, HEAD_AND_DELEGATE, GradesPublication.defaults(),
            UnaryOperator.identity(), NationalService.GRADES);

    private final String key;
    private final Class<T> type;
    private final Effect effect;
    private final Set<StaffRole> editors;
    private final T defaultValue;
    private final UnaryOperator<T> validation;
    private final NationalService editableWhenOpen;

    private Setting(String key, Class<T> type, Effect effect, Set<StaffRole> editors, T defaultValue,
                    UnaryOperator<T> validation, NationalService editableWhenOpen) {
        this.key = key;
        this.type = type;
        this.effect = effect;
        this.editors = Set.copyOf(editors);
        this.defaultValue = defaultValue;
        this.validation = validation;
        this.editableWhenOpen = editableWhenOpen;
    }

    /** A service's opening (R-SVC-3): head only, next day; {@code null} means « as the catalogue's default ». */
    public static Setting<Boolean> opening(ServiceKey service) {
        return new Setting<>("service." + service.value(), Boolean.class, Effect.NEXT_DAY, Set.of(StaffRole.HEAD),
                null, UnaryOperator.identity(), null);
    }

    /** Another setting with the same storage rules but its own key, for families of settings (letter parts). */
    public static <V> Setting<V> custom(String key, Class<V> type, Effect effect, Set<StaffRole> editors,
                                        V defaultValue, UnaryOperator<V> validation, NationalService editableWhenOpen) {
        return new Setting<>(key, type, effect, editors, defaultValue, validation, editableWhenOpen);
    }

    public String key() { return key; }
    public Class<T> type() { return type; }
    public Effect effect() { return effect; }
    public Set<StaffRole> editors() { return editors; }
    public T defaultValue() { return defaultValue; }
    public Optional<NationalService> editableWhenOpen() { return Optional.ofNullable(editableWhenOpen); }

    public boolean editableBy(Set<StaffRole> roles) {
        return roles.stream().anyMatch(editors::contains);
    }

    /** Checks and normalises a value before it is stored; throws {@link SettingRejected}. */
    public T validate(T value) {
        if (value == null) {
            throw new SettingRejected(null, "Valeur manquante.");
        }
        return validation.apply(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Setting<?> other && other.key.equals(key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key);
    }

    @Override
    public String toString() {
        return key;
    }
}
