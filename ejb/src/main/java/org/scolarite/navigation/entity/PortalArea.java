package org.scolarite.navigation.entity;

/**
 * The portal's own pages that are not catalogue services but whose views are counted too (deliverable 6): the
 * home, the useful links, the contact page. Their names are the service keys of their access rows.
 */
public enum PortalArea {
    HOME, LINKS, CONTACT
}
