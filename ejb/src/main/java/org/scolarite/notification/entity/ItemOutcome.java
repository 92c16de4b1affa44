package org.scolarite.notification.entity;

/** What a notification run did for one (pupil, guardian) couple or one pupil: a letter to print, an e-mail, nothing. */
public enum ItemOutcome {
    LETTER, EMAIL, SKIPPED
}
