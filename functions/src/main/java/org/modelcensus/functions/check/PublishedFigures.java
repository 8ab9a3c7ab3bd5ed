package org.modelcensus.functions.check;

import org.modelcensus.functions.report.Report;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;

/**
 * Every figure the published editions printed (a copy of {@code spri-published-figures.csv}: facts,
 * not code), read from {@code published/spri-published-figures.csv}.
 */
public final class PublishedFigures {
    static final String RESOURCE = "/published/spri-published-figures.csv";
    static final String PROSE = "/published/spri-prose.csv";
    private static final List<String> HEADER = List.of("report", "table", "row", "column", "published", "certainty", "note");
    static final List<String> PROSE_HEADER = List.of("report", "id", "sentence", "published", "backing", "note");

    private final List<PrintedFigure> figures;
    private final List<PrintedFigure> prose;
    private final List<PrintedFigure> outOfScope;

    private PublishedFigures(List<PrintedFigure> figures, List<PrintedFigure> prose, List<PrintedFigure> outOfScope) {
        this.figures = List.copyOf(figures);
        this.prose = List.copyOf(prose);
        this.outOfScope = List.copyOf(outOfScope);
    }

    /** The built-in figures, read once (a check and the workbook's Checks sheet both read them). */
    private static volatile PublishedFigures builtIn;

    /** The built-in figures. */
    public static PublishedFigures builtIn() {
        PublishedFigures figures = builtIn;
        if (figures == null) {
            figures = readBuiltIn();
            builtIn = figures;
        }
        return figures;
    }

    private static PublishedFigures readBuiltIn() {
        try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            PublishedFigures tables = parse(RESOURCE, in);
            try (InputStream prose = PublishedFigures.class.getResourceAsStream(PROSE)) {
                if (prose == null) {
                    throw new IllegalStateException(PROSE + " is missing from the jar");
                }
                return tables.withProse("published/spri-prose.csv", new String(prose.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * These figures with the numbers of the report texts (header {@code report,id,sentence,published,backing,note}):
     * each a figure of table {@value PrintedFigure#TEXT_TABLE}, row {@code id}, column {@code 값}, compared with its
     * backing expression over cells; a row with an empty backing is out of scope (no data can back it) and must
     * say why in its note. Problems stop with file, line and column.
     */
    PublishedFigures withProse(String source, String text) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        Set<String> reports = Edition.builtIns().stream().flatMap(e -> e.publishedFigures().stream())
                .collect(Collectors.toSet());
        Set<CellKey> printed = figures.stream().map(PrintedFigure::key).collect(Collectors.toSet());
        List<PrintedFigure> prose = new ArrayList<>(this.prose);
        List<PrintedFigure> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(text, format)) {
            if (!parser.getHeaderNames().equals(PROSE_HEADER)) {
                throw new BadInputException(source, 1, 0, "header must be " + String.join(",", PROSE_HEADER));
            }
            Set<List<String>> ids = new java.util.HashSet<>();
            for (CSVRecord r : parser) {
                long line = r.getRecordNumber() + 1;
                String report = r.get("report");
                if (!reports.contains(report)) {
                    throw new BadInputException(source, line, 1, "unknown report " + report);
                }
                if (r.get("id").isBlank() || !ids.add(List.of(report, r.get("id")))) {
                    throw new BadInputException(source, line, 2, "id '" + r.get("id") + "' is empty or repeated in " + report);
                }
                if (r.get("sentence").isBlank() || !r.get("sentence").contains(r.get("published").replace("%", ""))) {
                    throw new BadInputException(source, line, 3, "the sentence must contain the number " + r.get("published"));
                }
                CellKey key = new CellKey(PrintedFigure.TEXT_TABLE, r.get("id"), "값");
                String backing = r.get("backing").strip();
                if (backing.isEmpty()) {
                    if (r.get("note").isBlank()) {
                        throw new BadInputException(source, line, 6, "a number without backing is out of scope: say why in the note");
                    }
                    out.add(new PrintedFigure(report, key, r.get("published"), "text", r.get("note"), r.get("sentence"), null));
                    continue;
                }
                Expression e;
                try {
                    e = Expression.parse(backing);
                } catch (IllegalArgumentException ex) {
                    throw new BadInputException(source, line, 5, "backing '" + backing + "' does not parse: " + ex.getMessage());
                }
                if (e.isConstant()) {
                    throw new BadInputException(source, line, 5, "backing '" + backing + "' is a constant: name the cells");
                }
                for (Expression.CellRef ref : e.cells()) {
                    if (ref.source() == Expression.Source.PRINTED && !printed.contains(ref.key())) {
                        throw new BadInputException(source, line, 5, "backing reads " + ref + ", which is not a printed figure");
                    }
                }
                prose.add(new PrintedFigure(report, key, r.get("published"), "text", r.get("note"), r.get("sentence"), e));
            }
        }
        return new PublishedFigures(figures, prose, out);
    }

    /**
     * The numbers of the report text of one edition, each with its sentence and backing (table
     * {@value PrintedFigure#TEXT_TABLE}); the ledger check compares them beside the tables' figures.
     */
    public List<PrintedFigure> prose(Edition edition) {
        String report = edition.publishedFigures().orElse(null);
        return prose.stream().filter(f -> f.report().equals(report)).toList();
    }

    /** The numbers of the report texts that no data can back (page counts, "상위 5개"), with why. */
    public List<PrintedFigure> outOfScope(Edition edition) {
        String report = edition.publishedFigures().orElse(null);
        return outOfScope.stream().filter(f -> f.report().equals(report)).toList();
    }

    static PublishedFigures parse(String source, InputStream in) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        List<PrintedFigure> out = new ArrayList<>();
        // Report ids are those the edition files declare as their printed figures.
        Set<String> reports = Edition.builtIns().stream().flatMap(e -> e.publishedFigures().stream())
                .collect(Collectors.toSet());
        try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            if (!parser.getHeaderNames().equals(HEADER)) {
                throw new BadInputException(source, 1, 0, "header must be " + String.join(",", HEADER));
            }
            for (CSVRecord r : parser) {
                if (!reports.contains(r.get("report"))) {
                    throw new BadInputException(source, parser.getCurrentLineNumber(), 1, "unknown report " + r.get("report"));
                }
                out.add(new PrintedFigure(r.get("report"), new CellKey(r.get("table"), r.get("row"), r.get("column")),
                        r.get("published"), r.get("certainty"), r.get("note")));
            }
        }
        return new PublishedFigures(out, List.of(), List.of());
    }

    public List<PrintedFigure> all() {
        return figures;
    }

    /** The printed figures of one edition, in the order of the file; none before it is published. */
    public List<PrintedFigure> of(Edition edition) {
        String report = edition.publishedFigures().orElse(null);
        return figures.stream().filter(f -> f.report().equals(report)).toList();
    }
}
