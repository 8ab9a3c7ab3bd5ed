package org.modelcensus.server.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.LongTable;
import org.modelcensus.functions.run.Recipe;
import org.modelcensus.functions.run.Run;
import org.modelcensus.workbook.TemplateWorkbook;

/**
 * In-process measurements of {@code census bench-workbook}, with the method of {@link Benchmark}:
 * the whole workbook of one edition from CSV bytes (parse, normalize, report and check, then write),
 * warm, with its phases timed apart; heap in separate runs; and the {@code Data} sheet alone written
 * by the workbook's own code (XlsxWorkbook) and by dhatim fastexcel, alternately in the same runs.
 * Workbooks are written to a stream that counts and drops the bytes.
 */
final class WorkbookBenchmark {
    /**
     * Figures of one dataset; times in nanoseconds, sizes in bytes. {@code prepare} = parse +
     * normalize + report + check, {@code write} = the workbook written, {@code cpu} = CPU time of
     * the benchmark thread for both.
     */
    record Result(String dataset, int models, long csvBytes, int dataRows, long dataCells, long fileBytes,
            long[] prepare, long[] write, long[] total, long[] cpu, long peakHeap, long liveHeap, long[] census,
            long[] fastexcel, long censusBytes, long fastexcelBytes) {
        static long median(long[] values) {
            return Benchmark.Result.median(values);
        }

        static long min(long[] values) {
            return Arrays.stream(values).min().orElse(0);
        }

        /** Median time of the data sheet by the workbook's own writer over median time by fastexcel. */
        double ratio() {
            return (double) median(census) / median(fastexcel);
        }
    }

    /** What one run made, kept referenced for the live-heap figure. */
    private record Made(NormalizedDataset data, TemplateWorkbook.Input input, long bytes, long prepared) {
    }

    private WorkbookBenchmark() {
    }

    static Result measure(String dataset, byte[] csv, Edition edition, int warmup, long warmupNanos, int runs)
            throws IOException {
        long warmupStart = System.nanoTime();
        Made first = workload(dataset, csv, edition);
        Map<String, LongTable> tables = first.data().tables();
        int models = first.data().snapshot().models().size();
        int dataRows = tables.values().stream().mapToInt(LongTable::size).max().orElse(0);
        long dataCells = cells(tables);
        long fileBytes = first.bytes();
        first = null;
        for (int i = 1; i < warmup || System.nanoTime() - warmupStart < warmupNanos; i++) {
            workload(dataset, csv, edition);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] prepare = new long[runs];
        long[] write = new long[runs];
        long[] total = new long[runs];
        long[] cpu = new long[runs];
        for (int i = 0; i < runs; i++) {
            long startCpu = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Made m = workload(dataset, csv, edition);
            total[i] = System.nanoTime() - start;
            cpu[i] = threads.getCurrentThreadCpuTime() - startCpu;
            prepare[i] = m.prepared() - start;
            write[i] = total[i] - prepare[i];
        }
        long peak = 0;
        long live = 0;
        for (int i = 0; i < runs; i++) {
            long before = Benchmark.usedAfterGc();
            Benchmark.resetPeaks();
            Made kept = workload(dataset, csv, edition);
            peak = Math.max(peak, Benchmark.peaks());
            live = Math.max(live, Benchmark.usedAfterGc() - before);
            kept = null;
        }

        // The data sheet alone, both writers alternately (so that other load on the machine hits both alike).
        long[] census = new long[runs];
        long[] fast = new long[runs];
        warmupStart = System.nanoTime();
        for (int i = 0; i < warmup || System.nanoTime() - warmupStart < warmupNanos; i++) {
            censusData(tables);
            fastexcelData(tables);
        }
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            censusData(tables);
            census[i] = System.nanoTime() - start;
            start = System.nanoTime();
            fastexcelData(tables);
            fast[i] = System.nanoTime() - start;
        }
        return new Result(dataset, models, csv.length, dataRows, dataCells, fileBytes, prepare, write, total, cpu,
                peak, live, census, fast, censusData(tables), fastexcelData(tables));
    }

    /** Parse, normalize, report and check ({@code prepared} = when that was done), then write the workbook. */
    private static Made workload(String source, byte[] csv, Edition edition) throws IOException {
        Snapshot snapshot = EpochCsv.parse(source, csv);
        // No ledger: the check's recomputation of ledger hypotheses is not the workbook's cost (and keeps the
        // figures comparable with earlier runs).
        Run run = Run.of(snapshot, Recipe.of(edition)).withLedger(NO_LEDGER);
        NormalizedDataset data = run.normalized();
        TemplateWorkbook.Input input = TemplateWorkbook.Input.of(run, Census.VERSION);
        // The check is computed on a thread of its own: waited for here, so that it stays in "prepare".
        input.check();
        long prepared = System.nanoTime();
        Counting out = new Counting();
        TemplateWorkbook.write(input, out);
        return new Made(data, input, out.bytes, prepared);
    }

    /** Writes the whole workbook of a CSV to a stream (for the file kept beside the benchmark). */
    static void write(String source, byte[] csv, Edition edition, OutputStream out) throws IOException {
        Run run = Run.of(EpochCsv.parse(source, csv), Recipe.of(edition)).withLedger(NO_LEDGER);
        TemplateWorkbook.write(TemplateWorkbook.Input.of(run, Census.VERSION), out);
    }

    private static final org.modelcensus.functions.check.Ledger NO_LEDGER =
            org.modelcensus.functions.check.Ledger.empty("none (benchmark)");

    /** The {@code Data} sheet alone, by the workbook's own code; returns the bytes written. */
    static long censusData(Map<String, LongTable> tables) throws IOException {
        Counting out = new Counting();
        TemplateWorkbook.writeData(tables, out);
        return out.bytes;
    }

    /**
     * The same data sheets by dhatim fastexcel: one sheet per data table named as the workbook names
     * it, the header row bold on grey, the same non-blank cells (numbers as numbers, text as text),
     * frozen header and one Excel Table per sheet with the same style. Not reproduced: quote prefixes
     * (fastexcel has no such style attribute). Returns the bytes written.
     */
    static long fastexcelData(Map<String, LongTable> tables) throws IOException {
        Counting out = new Counting();
        Workbook wb = new Workbook(out, "census", "0.1");
        for (LongTable table : tables.values()) {
            Worksheet ws = wb.newWorksheet(TemplateWorkbook.dataSheetName(table.name()));
            List<String> columns = table.columns();
            int last = columns.size() - 1;
            for (int i = 0; i < columns.size(); i++) {
                ws.value(0, i, columns.get(i));
            }
            // The Table writes its header cells, so it is made before any row is flushed.
            ws.range(0, 0, Math.max(1, table.size()), last).createTable(columns.toArray(String[]::new))
                    .setName(table.name()).setDisplayName(table.name())
                    .styleInfo().setStyleName("TableStyleLight9").setShowRowStripes(true);
            ws.range(0, 0, 0, last).style().bold().fillColor("C0C0C0").wrapText(true).set();
            ws.freezePane(0, 1);
            int r = 1;
            for (Object[] values : table.rows()) {
                for (int i = 0; i < values.length; i++) {
                    Object v = values[i];
                    if (v instanceof Number n) {
                        ws.value(r, i, n.doubleValue());
                    } else if (v != null && !"".equals(v)) {
                        ws.value(r, i, v.toString());
                    }
                }
                if (r++ % 1000 == 0) {
                    ws.flush();
                }
            }
            ws.finish();
        }
        wb.finish();
        return out.bytes;
    }

    /** Non-blank cells of the data tables, the header rows included. */
    private static long cells(Map<String, LongTable> tables) {
        long n = 0;
        for (LongTable t : tables.values()) {
            n += t.columns().size();
            for (Object[] row : t.rows()) {
                for (Object v : row) {
                    n += v == null || "".equals(v) ? 0 : 1;
                }
            }
        }
        return n;
    }

    /** Counts and drops what is written. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }
}
