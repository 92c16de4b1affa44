/**
 * « Statistiques » (SPEC §6): {@code statistics/students.xhtml}, {@code guardians.xhtml}, {@code accesses.xhtml} and
 * {@code academy.xhtml}, thin beans over {@code AccountSyntheses}, {@code AccessSyntheses} and
 * {@code StatisticsWorkbooks}.
 * <ul>
 * <li>R-STAT-1, R-STAT-2: the establishment's table, then a table per MEF (a line per division, the « Somme » row in
 * the table's footer); each figure's definition in the page's help panel ({@code help.statsStudents},
 * {@code help.statsGuardians}).</li>
 * <li>R-STAT-3: three Chart.js bar charts through PrimeFaces 15's {@code p:chart} (raw JSON: the Java chart models are
 * gone in 15, {@link org.scolarite.admin.statistics.AccessChart}), guardians' and pupils' accesses stacked; the tooltip
 * lists both and {@code statistics.js} adds their total. Request-scoped beans read the access log at every request;
 * a {@code p:poll} every minute and « Actualiser » re-read it: real time without a nightly run.</li>
 * <li>Export: « Exporter (Excel) » streams the screen's tables ({@code StatisticsSheets}: the same titles and rows as on
 * screen, one sheet per table) as {@code statistiques-<UAI>-<date>.xlsx}, never stored on the server.</li>
 * <li>Académie dashboard: ACADEMY role only, enforced by the service (a head who types the URL reads the refusal);
 * view-scoped so that sorting does not compute the académie again.</li>
 * </ul>
 * Decisions: the pages' own texts are in {@code statistics/messages*.properties} ({@code statsMsg}); the menu entries
 * and help panels in the console's bundle, which the template's help panel reads. Percentages print as the guides do
 * (« 33,33 % », « 100 % »); the workbook keeps true percentages for computation.
 */
package org.scolarite.admin.statistics;
