package org.scolarite.portal.faces;

import java.util.List;

/**
 * A {@link WrittenComponent} whose value is a list, written as one element per item, in Java rather than with a
 * {@code ui:repeat}: each {@code ui:repeat} row stores its variable in the request, evaluates every expression of the
 * row through the whole EL resolver chain and saves its children's state. Nothing is written for an empty list.
 *
 * @param <T> the items' type
 */
public abstract class WrittenList<T> extends WrittenComponent<List<T>> {

    @Override
    protected boolean shown(List<T> items) {
        return items != null && !items.isEmpty();
    }
}
