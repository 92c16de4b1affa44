package org.scolarite.statistics.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.scolarite.statistics.control.WorkbookWriter;
import org.scolarite.statistics.entity.SheetTable;

/**
 * « Exporter (Excel) » of a statistics screen: all its tables in one workbook, a sheet each. Rendering only: the
 * tables come from the syntheses, which checked the user's role when they were computed.
 */
@ApplicationScoped
public class StatisticsWorkbooks {

    private final WorkbookWriter writer = new WorkbookWriter();

    public void write(List<SheetTable> tables, OutputStream out) throws IOException {
        writer.write(tables, out);
    }
}
