package org.scolarite.demo.control;

/**
 * Where generated entities go: the entity manager when seeding, a list in unit tests. Generation is streamed
 * establishment by establishment, so that a sink can flush and clear between them and memory stays flat.
 */
public interface EntitySink {

    void persist(Object entity);

    /** Called once an establishment and all its people have been handed over. */
    default void establishmentDone() {
    }
}
