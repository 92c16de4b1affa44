package org.scolarite.replication.entity;

import java.io.Serializable;

/**
 * One item read from an export file, in the order the replication writes them: a record to upsert, a rejection to
 * report, or the failure that ended the file. Serializable because items cross the batch runtime's chunk boundary.
 */
public interface SourceItem extends Serializable {

    SourceLocation location();
}
