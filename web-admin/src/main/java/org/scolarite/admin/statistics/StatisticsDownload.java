package org.scolarite.admin.statistics;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.scolarite.statistics.boundary.StatisticsWorkbooks;
import org.scolarite.statistics.entity.SheetTable;

/** « Exporter (Excel) »: the screen's tables streamed as statistiques-&lt;UAI&gt;-&lt;date&gt;.xlsx, never stored. */
final class StatisticsDownload {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private StatisticsDownload() {
    }

    static StreamedContent of(StatisticsWorkbooks workbooks, String uai, LocalDate day, List<SheetTable> tables) {
        return DefaultStreamedContent.builder()
                .name(SheetTable.fileName(uai, day))
                .contentType(XLSX)
                .writer(out -> {
                    try {
                        workbooks.write(tables, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }
}
