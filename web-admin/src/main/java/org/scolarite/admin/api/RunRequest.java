package org.scolarite.admin.api;

/** Body of {@code POST /runs}: the establishment to replicate, or none for the whole académie. */
public record RunRequest(String uai) {
}
