package org.scolarite.notification.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scolarite.notification.control.DefaultLetterTemplates;
import org.scolarite.notification.control.LetterRenderer;
import org.scolarite.notification.control.SampleLetterData;
import org.scolarite.notification.control.TemplateCheck;
import org.scolarite.notification.entity.LetterField;
import org.scolarite.notification.entity.LetterKind;
import org.scolarite.notification.entity.LetterPart;
import org.scolarite.notification.entity.PlaceAndDate;
import org.scolarite.settings.boundary.EstablishmentSettings;
import org.scolarite.settings.boundary.SettingView;
import org.scolarite.settings.control.RichTextPolicy;
import org.scolarite.settings.entity.Effect;
import org.scolarite.settings.entity.EntLink;
import org.scolarite.settings.entity.Setting;
import org.scolarite.settings.entity.SettingRejected;
import org.scolarite.staff.boundary.AccessDeniedException;
import org.scolarite.staff.entity.StaffRole;
import org.scolarite.structure.entity.Establishment;

/**
 * Each establishment's letter templates (R-SET-4, guide §3.2): the shared header and the body of each of the four
 * letters, stored as settings of the establishment ({@code letter.HEADER}, {@code letter.BODY_GUARDIAN_NEW}…), so that
 * they get the settings' revisions, optimistic locking, role check (head and delegate, R-ROLE-1) and audit.
 *
 * <p>Decision: a template change is {@link Effect#IMMEDIATE}, not D+1 as most settings (R-SET-2). Families never see a
 * template: it only shapes the letters the school prints from the console, and the school expects the letter it
 * prints right after saving to be the one it just previewed. D+1 exists because the portal's copy of the school's data
 * is refreshed each night, which does not concern letters.
 *
 * <p>A template is stored as {@link RichTextPolicy#LETTER} gives it back and only when {@link TemplateCheck} finds no
 * error (the CNIL mention cannot be removed); its warnings (URL, identifier or password removed) do not block and are
 * returned for the screen to show. Saving the default text, or resetting, stores « no template »: the letter then
 * follows the default, including later corrections of it.
 */
@Stateless
public class LetterTemplates {

    private static final Set<StaffRole> EDITORS = Set.of(StaffRole.HEAD, StaffRole.DELEGATE);

    private static final Map<LetterPart, Setting<String>> SETTINGS = new EnumMap<>(LetterPart.class);

    static {
        for (LetterPart part : LetterPart.values()) {
            SETTINGS.put(part, Setting.custom("letter." + part.name(), String.class, Effect.IMMEDIATE, EDITORS, null,
                    UnaryOperator.identity(), null));
        }
    }

    private static final Pattern UPPER_CASE_WORD = Pattern.compile("\\p{Lu}{2,}");

    @PersistenceContext(unitName = "teleservices")
    EntityManager em;

    @Inject
    EstablishmentSettings settings;

    @Inject
    Clock clock;

    /** The setting that stores a part's template; its value is {@code null} while the default applies. */
    public static Setting<String> setting(LetterPart part) {
        return SETTINGS.get(part);
    }

    /** The part's template as the school edits it (its own or the default), for any console role of the school. */
    public LetterTemplateView view(String actor, long establishmentId, LetterPart part) {
        return toView(part, settings.view(actor, establishmentId, setting(part)));
    }

    /**
     * Saves a part's template on top of {@code basedOnRevision}. Refuses with {@link SettingRejected} (field
     * {@code template}, the French messages of every error) when the template has errors; returns the warnings.
     * Throws {@code ConcurrentSettingChange} when someone saved this part meanwhile.
     */
    public TemplateSaved save(String actor, long establishmentId, LetterPart part, String html, int basedOnRevision) {
        requireEditor(actor, establishmentId, part);
        Checked checked = checked(part, html);
        SettingView<String> saved = checked.stored().equals(DefaultLetterTemplates.of(part))
                ? settings.reset(actor, establishmentId, setting(part), basedOnRevision)
                : settings.save(actor, establishmentId, setting(part), checked.stored(), basedOnRevision);
        return new TemplateSaved(toView(part, saved), checked.warnings());
    }

    /** « Réinitialiser »: back to the default template, with the same checks as a save. */
    public LetterTemplateView reset(String actor, long establishmentId, LetterPart part, int basedOnRevision) {
        requireEditor(actor, establishmentId, part);
        return toView(part, settings.reset(actor, establishmentId, setting(part), basedOnRevision));
    }

    /**
     * « Visualiser » a draft (R-SET-4): the letter a template gives with sample data, as the editor has it, before
     * saving. A body is shown under the school's current header; the header alone. The establishment's own name,
     * address, phone, head and town replace the sample ones, and the access URL is the one the letter type gives
     * (the ENT's for « ENT seul », R-SET-3). The draft is sanitised as it would be stored.
     */
    public LetterHtml preview(String actor, long establishmentId, LetterPart part, String html) {
        String draft = RichTextPolicy.LETTER.sanitize(html);
        LetterKind kind = part.kind().orElse(LetterKind.GUARDIAN_NEW);
        Map<LetterField, String> values = sampleValues(kind, establishment(establishmentId),
                settings.view(actor, establishmentId, Setting.ENT_LINK).value(), LocalDate.now(clock));
        if (part.isHeader()) {
            return new LetterHtml(LetterRenderer.render(draft, values), null);
        }
        String header = view(actor, establishmentId, LetterPart.HEADER).html();
        return new LetterHtml(LetterRenderer.render(header, values), LetterRenderer.render(draft, values));
    }

    /** « Visualiser » the saved template of a part (see {@link #preview(String, long, LetterPart, String)}). */
    public LetterHtml preview(String actor, long establishmentId, LetterPart part) {
        return preview(actor, establishmentId, part, view(actor, establishmentId, part).html());
    }

    /**
     * The templates a letter of that kind is printed with today in that establishment: its header and body, the
     * school's or the defaults, tokens still in. For the notification services, which fill the values; no role check.
     */
    public LetterHtml effectiveTemplates(long establishmentId, LetterKind kind) {
        return new LetterHtml(effective(establishmentId, LetterPart.HEADER),
                effective(establishmentId, LetterPart.bodyOf(kind)));
    }

    private String effective(long establishmentId, LetterPart part) {
        String html = settings.effectiveToday(establishmentId, setting(part));
        return html == null ? DefaultLetterTemplates.of(part) : html;
    }

    private void requireEditor(String actor, long establishmentId, LetterPart part) {
        if (!settings.view(actor, establishmentId, setting(part)).editable()) {
            throw new AccessDeniedException("Modification des courriers refusée pour " + actor);
        }
    }

    Establishment establishment(long establishmentId) {
        return em.find(Establishment.class, establishmentId);
    }

    private static LetterTemplateView toView(LetterPart part, SettingView<String> view) {
        boolean customised = view.value() != null;
        return new LetterTemplateView(part, customised ? view.value() : DefaultLetterTemplates.of(part), customised,
                view.revision(), view.changedBy(), view.changedAt(), view.editable());
    }

    /** A template as it will be stored, and the warnings it deserves. */
    record Checked(String stored, List<String> warnings) {
    }

    /** Sanitises and checks a template; throws {@link SettingRejected} on field {@code template} when it has errors. */
    static Checked checked(LetterPart part, String html) {
        String stored = RichTextPolicy.LETTER.sanitize(html);
        TemplateCheck.Result result = TemplateCheck.check(part, stored);
        if (result.hasErrors()) {
            throw new SettingRejected("template", String.join(" ", result.errors()));
        }
        return new Checked(stored, result.warnings());
    }

    /**
     * Sample values for a preview of a letter of that kind: the family of {@link SampleLetterData}, the school's own
     * name, address, phone, head and town when it has them, and the address the letter type gives families (its
     * académie's portal, or the ENT for « ENT seul »).
     */
    static Map<LetterField, String> sampleValues(LetterKind kind, Establishment establishment, EntLink ent,
                                                 LocalDate today) {
        Map<LetterField, String> values = new EnumMap<>(SampleLetterData.values(kind));
        if (establishment != null) {
            replace(values, LetterField.ESTABLISHMENT_NAME, establishment.getName());
            replace(values, LetterField.ESTABLISHMENT_PHONE, establishment.getPhone());
            replace(values, LetterField.HEAD_NAME, establishment.getHeadName());
            if (establishment.getAcademy() != null) {
                replace(values, LetterField.ACCESS_URL, establishment.getAcademy().getPortalUrl());
            }
            if (establishment.getAddress() != null) {
                replace(values, LetterField.ESTABLISHMENT_ADDRESS, establishment.getAddress().formatted());
                String city = establishment.getAddress().getCity();
                if (city != null && !city.isBlank()) {
                    replace(values, LetterField.PLACE_AND_DATE, new PlaceAndDate(townName(city), today).text());
                }
            }
        }
        if (ent != null) {
            replace(values, LetterField.ACCESS_URL, ent.letterAddress(values.get(LetterField.ACCESS_URL)));
        }
        return values;
    }

    /** « CAEN » → « Caen », « HEROUVILLE-SAINT-CLAIR » → « Herouville-Saint-Clair »: towns as written in a sentence. */
    static String townName(String city) {
        Matcher words = UPPER_CASE_WORD.matcher(city.strip());
        return words.replaceAll(w -> w.group().charAt(0) + w.group().substring(1).toLowerCase(Locale.FRENCH));
    }

    private static void replace(Map<LetterField, String> values, LetterField field, String value) {
        if (value != null && !value.isBlank() && values.containsKey(field)) {
            values.put(field, value);
        }
    }
}
