/**
 * Nightly replication of the school administration system's exports into the services database (SPEC §9,
 * R-REPL-1, R-REPL-2; SIECLE-FORMATS.md), and its effects on accounts (R-ACC-1, R-ACC-7).
 *
 * <h2>Shape</h2>
 * The batch job (module {@code batch}) drives {@code boundary.ReplicationEngine}: {@code openRun} (one lock row per
 * establishment in {@code replication_lock}: a run is never started twice over an establishment), then per
 * establishment (one partition each) {@code pin} (the drop zone's files move into {@code replication/runs/<run>/<UAI>/},
 * unzipped, recorded in {@code replication_file} in feed order), for each file {@code open} and {@code write} chunk by
 * chunk, then {@code reconcile}; after every partition {@code continueAccesses}, {@code preCreateAccounts} (in
 * slices), and {@code finish}.
 * {@code boundary.ReplicationRuns} reads the reports, {@code boundary.ReplicationInbox} is the drop zone.
 *
 * <h2>Feeds (the plug-in point)</h2>
 * A kind of export file is a {@code control.ReplicationFeed} CDI bean: code, order, root element, open, write,
 * reconcile. The four SIECLE/STS feeds live in {@code control.feed}; grades, school-life events, report books,
 * timetables and invoices add a bean (order ≥ 100) and nothing else.
 *
 * <h2>Rules and decisions</h2>
 * <ul>
 * <li>Idempotent upserts keyed by (establishment, source id) — {@code ELEVE_ID}, {@code PERSONNE_ID}, STS ids — or by
 * national code (MEF, subjects), with JDBC batching and ids from the entities' sequences (one {@code nextval} per 50
 * ids, the value being the last of its block). A digest of the replicated fields ({@code source_hash}) makes an
 * unchanged record cost no write: running the same export twice changes nothing.</li>
 * <li>Counts and rejections are written in the chunk's transaction: a rolled-back chunk leaves no trace and its
 * restart redoes it exactly.</li>
 * <li>A bad record is a {@code Rejection} (left out) or an anomaly (kept); a broken file is a {@code FileFailure} that
 * fails its establishment (FAILED) but never the others, and never causes departures.</li>
 * <li>Unknown MEF: the pupil is kept without MEF, reported as an anomaly (refusing him would deprive his family of
 * its accounts over a nomenclature lag); the first run that knows the MEF fills it. A guardianship of an unknown pupil
 * is rejected.</li>
 * <li>Departures: {@code DATE_SORTIE}, or absence from a complete pupils file (neither record nor rejection naming the
 * {@code ELEVE_ID}) → left on the export's date.</li>
 * <li>An export's school year must be the académie's current one, or the next once the rollover created it; the first
 * export of a new year drops the divisions and groups nobody references any more.</li>
 * <li>R-ACC-1: pupils enrolled and légal 1/2 links not refused of establishments that activated the téléservices get a
 * « Non notifié » account if they have none (a deleted one counts), history {@code CREATED} by « réplication »;
 * set-based, page by page. A change of name never creates an account.</li>
 * <li>R-ACC-7: a pupil created by the run whose INE is that of a pupil of another establishment of the académie with
 * accounts in use takes them over from the next day ({@code AccountService.transferStudent}). Departed pupils' accounts
 * keep opening the departed record until continuity or expiry (R-ACC-6) takes them: ending them on the departure day
 * would defeat a continuity replicated days later.</li>
 * </ul>
 */
package org.scolarite.replication;
