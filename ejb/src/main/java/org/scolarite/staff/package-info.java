/**
 * Users of the administration console and their roles (R-ROLE-1): HEAD, DELEGATE and ACCOUNTANT per establishment,
 * ACADEMY over an académie. {@code StaffDirectory.requireRole} is the server-side check every console service calls
 * for the establishment it is asked about; the switcher in the header only remembers a choice.
 *
 * <p>Login failures cost the same and answer the same whether the user exists or not (no enumeration).
 */
package org.scolarite.staff;
