/**
 * Technical foundations shared by every feature: the application {@code Clock} (Europe/Paris; tests move it), the
 * Flyway schema migration run at start-up before JPA is used, and the database probe behind the health endpoints.
 */
package org.scolarite.platform;
