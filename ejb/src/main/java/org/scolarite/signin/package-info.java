/**
 * Signing in to the families' portal and protecting it (R-PORTAL-1, issue [P1] « Protection »).
 *
 * <h2>Rules and decisions</h2>
 * <ul>
 * <li>Failed credential checks are throttled twice ({@code ThrottlePolicy}): per typed identifier — at most
 * {@value org.scolarite.signin.entity.ThrottlePolicy#IDENTIFIER_FAILURES} failures in any
 * {@value org.scolarite.signin.entity.ThrottlePolicy#WINDOW_MINUTES} minutes — and per client address — at most
 * {@value org.scolarite.signin.entity.ThrottlePolicy#ADDRESS_FAILURES} in the same window. Beyond, the identifier (or
 * the address) is locked until the oldest counted failure leaves the window: the lock frees itself, nobody has to
 * unlock it, and a locked attempt does not prolong it (so that a stranger cannot keep a family out for ever more
 * cheaply than by failing five times every quarter of an hour).</li>
 * <li>Identifiers are counted as typed (case and spaces forgiven), whether an account exists or not: an unknown
 * identifier is locked exactly like a real one and the message is the same (no enumeration).</li>
 * <li>The address threshold is high on purpose: a whole school behind one NAT address, a class logging in for the
 * first time, must not lock itself out; it still caps a single address at a few hundred guesses an hour across every
 * identifier, where the identifier threshold stops guessing one account.</li>
 * <li>State is in the database (table {@code login_failure}, one row per failure, never updated), so that every
 * server of a cluster sees the same counts and concurrent failures need no lock; a row keeps only the SHA-256 of the
 * identifier or address (people type their password in the identifier field). Reads are one indexed range query per
 * key; rows older than a day are purged every hour.</li>
 * <li>A successful sign-in forgets the identifier's failures. A wrong birth date at the first connection counts as a
 * failure of the account's identifier (R-ACC-4/5), so that the birth date cannot be guessed either.</li>
 * </ul>
 */
package org.scolarite.signin;
