package org.scolarite.system;

/**
 * The head of the fixture JSPs that system tests deploy next to the EAR to write rows straight into the application's
 * database (jdbc/teleservices): the page directive and the small JDBC helpers every fixture uses — {@code next}
 * (a sequence's next value, on H2 or PostgreSQL), {@code one}/{@code text} (a single value), {@code run} (an update).
 * A fixture appends its own declarations, closes the declaration block and writes its actions:
 * {@code FixtureJsp.HEAD + """ static long pupil(…) {…} %><% … %>"""}.
 */
final class FixtureJsp {

    static final String HEAD = """
            <%@ page contentType="text/plain; charset=UTF-8" import="java.sql.*,javax.sql.DataSource,javax.naming.InitialContext,java.time.LocalDate"
            %><%!
            static long next(Connection c, String sequence) throws SQLException {
                boolean h2 = c.getMetaData().getDatabaseProductName().toLowerCase().contains("h2");
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(h2
                        ? "SELECT NEXT VALUE FOR " + sequence : "SELECT nextval('" + sequence + "')")) {
                    r.next();
                    return r.getLong(1);
                }
            }
            static long one(Connection c, String sql, Object... args) throws SQLException {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) { q.setObject(i + 1, args[i]); }
                    try (ResultSet r = q.executeQuery()) { r.next(); return r.getLong(1); }
                }
            }
            static String text(Connection c, String sql, Object... args) throws SQLException {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) { q.setObject(i + 1, args[i]); }
                    try (ResultSet r = q.executeQuery()) { r.next(); return r.getString(1); }
                }
            }
            static void run(Connection c, String sql, Object... args) throws SQLException {
                try (PreparedStatement q = c.prepareStatement(sql)) {
                    for (int i = 0; i < args.length; i++) { q.setObject(i + 1, args[i]); }
                    q.executeUpdate();
                }
            }
            """;

    private FixtureJsp() {
    }
}
