package org.scolarite.portal.navigation;

import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.scolarite.platform.boundary.DataGeneration;
import org.scolarite.platform.boundary.DataGeneration.Generation;

/**
 * The base of a session-scoped bean that keeps values the session computed while they are still right: nothing
 * families see was written on this server since, the day is the same, and the value is less than a minute old (the
 * bound for a change made on another server of a cluster). A session's requests may run at once (two tabs), hence the
 * concurrent map. What is computed is never shared with another session; a passivated session loses it, which only
 * costs computing it again. No method here is final: CDI proxies a session-scoped bean.
 *
 * @param <K> what a value is asked by
 * @param <V> the value
 */
public abstract class KeptValues<K, V> implements Serializable {

    private static final long serialVersionUID = 1L;

    static final Duration MAX_AGE = Duration.ofMinutes(1);

    @Inject
    private transient DataGeneration generation;

    private transient Map<K, Kept<V>> kept;

    /** The value kept for {@code key} if still right, otherwise the one {@code compute} gives, which is kept. */
    protected V kept(K key, Supplier<V> compute) {
        return get(key, generation.current(), System.nanoTime(), compute);
    }

    /** The same at {@code now} ({@code nanos}: {@link System#nanoTime()}). A computation that throws keeps nothing. */
    V get(K key, Generation now, long nanos, Supplier<V> compute) {
        Map<K, Kept<V>> values = values();
        Kept<V> found = values.get(key);
        if (found != null && found.stillRight(now, nanos)) {
            return found.value();
        }
        V value = compute.get();
        values.put(key, new Kept<>(value, now, nanos));
        return value;
    }

    private synchronized Map<K, Kept<V>> values() {
        if (kept == null) {
            kept = new ConcurrentHashMap<>();
        }
        return kept;
    }

    record Kept<V>(V value, Generation generation, long computedAtNanos) {

        boolean stillRight(Generation now, long nanos) {
            return generation.equals(now) && nanos - computedAtNanos < MAX_AGE.toNanos();
        }
    }
}
