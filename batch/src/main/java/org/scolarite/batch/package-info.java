/**
 * Jakarta Batch jobs, one package per job. This module is an EJB module of the EAR (not a library in {@code lib/})
 * so that job artifacts see the domain's classes. {@code housekeeping}: R-ACC-6 expiry every night (R-JOB-1).
 * {@code notification}: the whole-school mass notification, division by division, restartable (R-JOB-2).
 */
package org.scolarite.batch;
