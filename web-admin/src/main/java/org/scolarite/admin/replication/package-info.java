/**
 * The console's « Traitements » (R-REPL-1, R-REPL-2): the SIECLE/BEE exports deposited in the establishment's drop
 * zone, the replication runs with their progress and counts, one run's report per establishment and feed, its
 * rejections and their CSV.
 *
 * <p>Decisions: a head or delegate works on the establishment chosen in the header; an académie administrator sees
 * every run of the académie and deposits for the establishment chosen in the header. The runs list polls while a run
 * is running and stops polling once none is. The rejection report is a plain GET ({@link RejectionsCsvServlet}) so
 * that it is streamed to the browser — and to a script holding the session — without going through a Faces form.
 */
package org.scolarite.admin.replication;
