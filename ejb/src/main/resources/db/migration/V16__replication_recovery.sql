-- Recovery of a replication interrupted by a crash of the server (kill -9, power cut): R-REPL-2.
-- items_committed: how many of the file's items (records, rejections, failure) the run has committed; written in
-- each chunk's transaction with what the chunk wrote, it is where a resumed run reads each file from. The batch
-- runtime's own checkpoint lives in another data source, so it may disagree with the data after a crash.
ALTER TABLE replication_file ADD COLUMN items_committed BIGINT DEFAULT 0 NOT NULL;
-- The server instance running the run: at its start-up, an instance marks the runs it left RUNNING as FAILED (they
-- can be resumed) and releases their establishments; the runs of other instances are not its own to judge.
ALTER TABLE replication_run ADD COLUMN server_instance VARCHAR(200);
