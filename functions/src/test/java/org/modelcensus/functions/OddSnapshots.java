package org.modelcensus.functions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Snapshot;

/**
 * Valid but unusual snapshots every output must survive: a header without rows, models only outside
 * the editions' years, and labels (country, domain, task, organisation type) longer than the 255
 * characters Excel allows in a COUNTIFS criterion.
 */
public final class OddSnapshots {
    /** The 2025-style header these snapshots share. */
    public static final String HEADER = "Model,Domain,Task,Organization,Organization categorization,Publication date,"
            + "Country (of organization),Link,Parameters,Training compute (FLOP),Training dataset size (datapoints),"
            + "Training hardware,Confidence,Model accessibility\n";
    public static final String HEADER_ONLY = "header-only.csv";
    public static final String OUTSIDE_YEARS = "outside-years.csv";
    public static final String LONG_LABELS = "long-labels.csv";
    /** A 300-character country name (with wildcard characters, which Excel criteria escape). */
    public static final String LONG_COUNTRY = "Republic of " + "*Long?Name~".repeat(26) + "land";

    private OddSnapshots() {
    }

    public static List<String> names() {
        return List.of(HEADER_ONLY, OUTSIDE_YEARS, LONG_LABELS);
    }

    /** The CSV text of one odd snapshot. */
    public static String csv(String name) {
        return switch (name) {
            case HEADER_ONLY -> HEADER;
            case OUTSIDE_YEARS -> HEADER + "Old LM,Language,Chat,Old Lab,Academia,2010-05-01,United States of America,,,"
                    + "1e20,,,,\nNew Vision,Vision,Image classification,New Lab,Industry,2031-01-01,Canada,,,,,,,\n";
            case LONG_LABELS -> HEADER + longLabelRows();
            default -> throw new IllegalArgumentException("no odd snapshot " + name);
        };
    }

    private static String longLabelRows() {
        String domain = "D".repeat(300);
        String task = "T".repeat(300);
        String type = "K".repeat(300);
        StringBuilder b = new StringBuilder();
        for (int year = 2020; year <= 2025; year++) {
            b.append("Long ").append(year).append(",\"Language,").append(domain).append("\",\"Chat,").append(task)
                    .append("\",Far Lab ").append(year).append(',').append(type).append(',').append(year)
                    .append("-06-01,\"").append(LONG_COUNTRY).append("\",,,1e").append(20 + year - 2020)
                    .append(",,,,\n");
            b.append("Short ").append(year).append(",Vision,Image classification,Near Lab,Industry,").append(year)
                    .append("-03-01,Korea (Republic of),,,1e22,,,,\n");
        }
        return b.toString();
    }

    /** One odd snapshot, parsed. */
    public static Snapshot snapshot(String name) {
        return EpochCsv.parse(name, csv(name).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes one odd snapshot into {@code dir} and returns its path. */
    public static Path write(Path dir, String name) {
        try {
            return Files.writeString(dir.resolve(name), csv(name), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
