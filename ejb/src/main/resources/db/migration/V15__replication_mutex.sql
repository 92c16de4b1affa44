-- Named locks of the replication. The national nomenclature (MEF, subjects, programmes) is written by every
-- establishment's partition; two partitions inserting the same new MEF at once would break uk_mef_code and fail one of
-- them. A partition takes the NOMENCLATURE row FOR UPDATE before writing a nomenclature chunk, so those chunks run one
-- at a time (they are small, and the second one finds everything unchanged).
CREATE TABLE replication_mutex (
    name VARCHAR(30) NOT NULL PRIMARY KEY
);
INSERT INTO replication_mutex (name) VALUES ('NOMENCLATURE');
