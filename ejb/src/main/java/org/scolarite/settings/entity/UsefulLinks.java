package org.scolarite.settings.entity;

import java.util.ArrayList;
import java.util.List;

/** The ordered list of useful links (R-SET-6), shown on the portal in the order the school created them. */
public record UsefulLinks(List<UsefulLink> links) {

    public static final int MAX_LINKS = 50;

    public UsefulLinks {
        links = links == null ? List.of() : List.copyOf(links);
    }

    public static UsefulLinks none() {
        return new UsefulLinks(List.of());
    }

    /** Appends at the end: the portal keeps creation order. */
    public UsefulLinks with(UsefulLink link) {
        if (links.size() >= MAX_LINKS) {
            throw new SettingRejected("label", "Au plus " + MAX_LINKS + " liens utiles.");
        }
        List<UsefulLink> copy = new ArrayList<>(links);
        copy.add(link.validated());
        return new UsefulLinks(copy);
    }

    /** Edits in place, keeping the link's position. */
    public UsefulLinks replacing(int index, UsefulLink link) {
        List<UsefulLink> copy = new ArrayList<>(links);
        copy.set(checked(index), link.validated());
        return new UsefulLinks(copy);
    }

    public UsefulLinks without(int index) {
        List<UsefulLink> copy = new ArrayList<>(links);
        copy.remove(checked(index));
        return new UsefulLinks(copy);
    }

    private int checked(int index) {
        if (index < 0 || index >= links.size()) {
            throw new SettingRejected("label", "Ce lien n’existe plus\u00a0: rechargez la page.");
        }
        return index;
    }
}
