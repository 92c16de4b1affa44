package org.scolarite.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import org.scolarite.structure.entity.Academy;

/** An ENT of the académie's list, which schools pick for their ENT link (R-SET-3). */
@Entity
@Table(name = "ent_link_choice")
public class EntChoice {

    @Id
    @SequenceGenerator(name = "ent_link_choice_seq", sequenceName = "ent_link_choice_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ent_link_choice_seq")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "academy_id")
    private Academy academy;

    @Column(nullable = false)
    private String label;

    @Column(nullable = false)
    private String url;

    @Version
    private long version;

    protected EntChoice() {
    }

    public EntChoice(Academy academy, String label, String url) {
        this.academy = Objects.requireNonNull(academy);
        describe(label, url);
    }

    public final void describe(String label, String url) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty() || trimmed.length() > 120) {
            throw new SettingRejected("label", "Le nom de l’ENT est obligatoire (120 caractères au plus).");
        }
        this.label = trimmed;
        this.url = WebAddress.require("url", url);
    }

    public Long getId() { return id; }
    public Academy getAcademy() { return academy; }
    public String getLabel() { return label; }
    public String getUrl() { return url; }
    public long getVersion() { return version; }
}
