package org.scolarite.admin.api;

/** Answer of a started or restarted run: its number and where to follow it. */
public record RunStarted(long id, String location) {
}
