package org.modelcensus.functions.normalize;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * Organisation types read from an Epoch all-models export ({@code --orgs FILE}, columns
 * {@code Organization} and {@code Organization categorization}): an organisation takes the values of
 * the models it developed alone, else its position in a row whose two lists have the same length.
 * Names are resolved through {@link OrgAliases}; among rows of equal strength the first wins.
 */
public final class OrgCategories {
    static final String ORGANIZATION = "Organization";
    static final String CATEGORIZATION = "Organization categorization";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private final String source;
    private final Map<String, List<String>> sole = new HashMap<>();
    private final Map<String, List<String>> aligned = new HashMap<>();

    private OrgCategories(String source) {
        this.source = source;
    }

    /** Reads an all-models export; a missing column or unreadable file is a {@link BadInputException}. */
    public static OrgCategories read(Path file, OrgAliases aliases) {
        OrgCategories out = new OrgCategories(file.toString());
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.replace("\uFEFF", "").strip()).toList();
            int org = column(file, header, ORGANIZATION);
            int cat = column(file, header, CATEGORIZATION);
            for (CSVRecord r : parser) {
                if (r.size() > Math.max(org, cat)) {
                    out.add(aliases.resolveAll(Tags.split(r.get(org))), Tags.splitAll(r.get(cat)));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(file.toString(), 0, 0, "cannot read the --orgs file: " + e.getMessage(), e);
        }
        return out;
    }

    private static int column(Path file, List<String> header, String name) {
        int i = header.indexOf(name);
        if (i < 0) {
            throw new BadInputException(file.toString(), 1, 0, "an --orgs file is Epoch's all-models export and "
                    + "needs the columns '" + ORGANIZATION + "' and '" + CATEGORIZATION + "'; this one lacks '" + name + "'");
        }
        return i;
    }

    private void add(List<String> orgs, List<String> categorizations) {
        if (orgs.isEmpty() || categorizations.isEmpty()) {
            return;
        }
        if (orgs.size() == 1) {
            sole.putIfAbsent(orgs.get(0), List.copyOf(new java.util.LinkedHashSet<>(categorizations)));
        } else if (orgs.size() == categorizations.size()) {
            for (int i = 0; i < orgs.size(); i++) {
                aligned.putIfAbsent(orgs.get(i), List.of(categorizations.get(i)));
            }
        }
    }

    /** Epoch's categorization values for an organisation (already resolved through aliases), if the file tells. */
    public Optional<List<String>> of(String organization) {
        List<String> values = sole.get(organization);
        return Optional.ofNullable(values != null ? values : aligned.get(organization));
    }

    /** The organisations the file types. */
    public List<String> organizations() {
        List<String> out = new ArrayList<>(sole.keySet());
        aligned.keySet().stream().filter(o -> !sole.containsKey(o)).forEach(out::add);
        return out;
    }

    /** The file it was read from. */
    public String source() {
        return source;
    }
}
