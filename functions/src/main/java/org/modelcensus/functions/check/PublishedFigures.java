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
    private static final List<String> HEADER = List.of("report", "table", "row", "column", "published", "certainty", "note");

    private final List<PrintedFigure> figures;

    private PublishedFigures(List<PrintedFigure> figures) {
        this.figures = List.copyOf(figures);
    }

    /** The built-in figures. */
    public static PublishedFigures builtIn() {
        try (InputStream in = PublishedFigures.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(RESOURCE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
        return new PublishedFigures(out);
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
