/**
 * Figures about accounts and accesses, computed with set-based SQL (never by loading entities). For now the console
 * home's counts per account state; the syntheses of SPEC §6 (R-STAT-1…3) come with the statistics issue.
 */
package org.scolarite.statistics;
