package org.scolarite.statistics.entity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A synthesis screen (R-STAT-1, R-STAT-2): the establishment's figures first, then one table per MEF.
 *
 * @param <F> the figures of a line
 */
public record Synthesis<F extends Summable<F>>(F establishment, List<MefTable<F>> mefs) implements Serializable {

    public Synthesis {
        Objects.requireNonNull(establishment);
        mefs = List.copyOf(mefs);
    }

    /**
     * Groups lines that come ordered by MEF into one table per MEF. Each line's MEF is given alongside, in the same
     * order: {@code mefCodes.get(i)} (its identity: two MEFs may share a label) and {@code mefLabels.get(i)} (shown).
     */
    public static <F extends Summable<F>> List<MefTable<F>> tables(List<String> mefCodes, List<String> mefLabels,
                                                                  List<DivisionLine<F>> lines, F zero) {
        if (mefCodes.size() != lines.size() || mefLabels.size() != lines.size()) {
            throw new IllegalArgumentException("one MEF per line");
        }
        List<MefTable<F>> tables = new ArrayList<>();
        List<DivisionLine<F>> current = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0 && !Objects.equals(mefCodes.get(i), mefCodes.get(i - 1))) {
                tables.add(new MefTable<>(mefLabels.get(i - 1), current, zero));
                current = new ArrayList<>();
            }
            current.add(lines.get(i));
        }
        if (!current.isEmpty()) {
            tables.add(new MefTable<>(mefLabels.get(lines.size() - 1), current, zero));
        }
        return tables;
    }

    /** The establishment line as the sum of all tables: exact when each person is in one line (pupils). */
    public static <F extends Summable<F>> Synthesis<F> summed(List<MefTable<F>> mefs, F zero) {
        F all = zero;
        for (MefTable<F> table : mefs) {
            all = all.plus(table.sum());
        }
        return new Synthesis<>(all, mefs);
    }
}
