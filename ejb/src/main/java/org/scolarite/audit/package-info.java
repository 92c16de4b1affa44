/**
 * The console's audit trail (R-ROLE-1: every admin action, who, when, what). {@code AuditTrail.record} joins the
 * caller's transaction so that an action and its audit row commit together. Account transitions have their own,
 * finer history in {@code org.scolarite.account}.
 */
package org.scolarite.audit;
