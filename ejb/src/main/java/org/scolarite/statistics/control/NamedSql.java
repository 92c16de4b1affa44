package org.scolarite.statistics.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement written with {@code :name} parameters, bound by name: the syntheses' queries use the same dates in
 * several sub-queries, where counting question marks would be the bug.
 */
final class NamedSql {

    private static final Pattern PARAMETER = Pattern.compile(":([a-zA-Z]+)");

    private final String jdbc;
    private final List<String> order = new ArrayList<>();

    NamedSql(String sql) {
        Matcher m = PARAMETER.matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            order.add(m.group(1));
            m.appendReplacement(out, "?");
        }
        m.appendTail(out);
        jdbc = out.toString();
    }

    PreparedStatement prepare(Connection connection, Map<String, Object> values) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(jdbc);
        for (int i = 0; i < order.size(); i++) {
            Object value = values.get(order.get(i));
            if (value == null && !values.containsKey(order.get(i))) {
                throw new IllegalArgumentException("no value for :" + order.get(i));
            }
            if (value instanceof LocalDate day) {
                statement.setObject(i + 1, java.sql.Date.valueOf(day));
            } else {
                statement.setObject(i + 1, value);
            }
        }
        return statement;
    }
}
