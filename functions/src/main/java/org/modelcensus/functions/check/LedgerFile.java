package org.modelcensus.functions.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.dataset.BadInputException;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.CellKey;

/**
 * Reads and validates an explanation ledger CSV (header
 * {@code table,row,column,kind,models,evidence,strength,hypothesis}) and its rejected hypotheses
 * ({@code hypothesis,figures,why}). Every problem stops with file, line and column (the field number):
 * a header that is not exactly the ledger's, a ragged row, a cell that is not among the edition's
 * printed figures, an unknown kind or strength, empty evidence, a data kind without models or
 * hypothesis file, a hypothesis file that is missing, unreadable or not a valid corrections file, an
 * expression that does not parse, an {@code open} row with a hypothesis.
 */
public final class LedgerFile {
    static final List<String> HEADER = List.of("table", "row", "column", "kind", "models", "evidence", "strength",
            "hypothesis");
    /** The header with the optional Korean text of the evidence ({@code evidence_ko}, last). */
    static final List<String> HEADER_KO = List.of("table", "row", "column", "kind", "models", "evidence", "strength",
            "hypothesis", "evidence_ko");
    static final List<String> REJECTED_HEADER = List.of("hypothesis", "figures", "why");
    static final List<String> SCENARIO_HEADER = List.of("hypothesis", "why");
    static final String RESOURCE_DIR = "/ledger/";
    static final String HYPOTHESES = "hypotheses/";
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();

    private LedgerFile() {
    }

    /** The built-in ledger of an edition, {@code ledger/<id>.csv}; empty when the resource does not exist. */
    static Ledger builtIn(Edition edition, PublishedFigures figures) {
        String name = "ledger/" + edition.id() + ".csv";
        Optional<String> text = resource(RESOURCE_DIR + edition.id() + ".csv", name);
        if (text.isEmpty()) {
            return Ledger.empty(name + " (none built in)");
        }
        Map<String, Corrections> hypotheses = new HashMap<>();
        HypothesisLookup lookup = hypothesis -> builtInHypothesis(name, hypothesis);
        List<Cause> causes = parse(name, text.get(), edition, figures, lookup, hypotheses);
        List<Ledger.Rejected> rejected = resource(RESOURCE_DIR + edition.id() + "-rejected.csv",
                "ledger/" + edition.id() + "-rejected.csv")
                .map(t -> parseRejected("ledger/" + edition.id() + "-rejected.csv", t)).orElse(List.of());
        String scenarioName = "ledger/" + edition.id() + "-scenario.csv";
        Optional<List<Ledger.Step>> scenario = resource(RESOURCE_DIR + edition.id() + "-scenario.csv", scenarioName)
                .map(t -> parseScenario(scenarioName, t, lookup, hypotheses));
        return new Ledger(name, causes, rejected, scenario.orElse(null), scenario.isPresent() ? scenarioName : null);
    }

    /** A ledger file of one's own (see {@link Ledger#load}). */
    static Ledger read(Path file, Edition edition, PublishedFigures figures) {
        String source = file.toString();
        String text = readText(source, file, "no such ledger file");
        Path dir = file.toAbsolutePath().getParent();
        HypothesisLookup lookup = hypothesis -> {
            Path beside = dir.resolve(HYPOTHESES).resolve(hypothesis.name()).normalize();
            if (Files.isRegularFile(beside)) {
                return Optional.of(new HypothesisText(beside.toString(), readText(beside.toString(), beside,
                        "no such hypothesis file"), beside.getParent()));
            }
            return builtInHypothesis(source, hypothesis);
        };
        Map<String, Corrections> hypotheses = new HashMap<>();
        List<Cause> causes = parse(source, text, edition, figures, lookup, hypotheses);
        String stem = file.getFileName().toString().replaceFirst("\\.csv$", "");
        Path rejectedFile = file.resolveSibling(stem + "-rejected.csv");
        List<Ledger.Rejected> rejected = Files.isRegularFile(rejectedFile)
                ? parseRejected(rejectedFile.toString(), readText(rejectedFile.toString(), rejectedFile, "no such file"))
                : List.of();
        Path scenarioFile = file.resolveSibling(stem + "-scenario.csv");
        List<Ledger.Step> scenario = Files.isRegularFile(scenarioFile) ? parseScenario(scenarioFile.toString(),
                readText(scenarioFile.toString(), scenarioFile, "no such file"), lookup, hypotheses) : null;
        return new Ledger(source, causes, rejected, scenario, scenario == null ? null : scenarioFile.toString());
    }

    /**
     * The scenario ({@code <ledger>-scenario.csv}, header {@code hypothesis,why}): the hypothesis files
     * applied together, in order, to make the edition's one world. Each file at most once.
     */
    static List<Ledger.Step> parseScenario(String source, String text, HypothesisLookup lookup,
            Map<String, Corrections> hypotheses) {
        List<Ledger.Step> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Located r : records(source, text, SCENARIO_HEADER)) {
            String name = r.values()[0];
            if (name.isEmpty()) {
                throw r.error(source, 1, "hypothesis is empty: name a hypothesis file under ledger/hypotheses/");
            }
            if (!seen.add(name)) {
                throw r.error(source, 1, "hypothesis '" + name + "' is already in the scenario");
            }
            if (r.values()[1].isEmpty()) {
                throw r.error(source, 2, "why is empty: say why this hypothesis belongs to the one world");
            }
            Corrections data = hypotheses.computeIfAbsent(name, n -> hypothesis(source, r, n, lookup, 1));
            out.add(new Ledger.Step(name, data, r.values()[1], source + ":" + r.line()));
        }
        return out;
    }

    /** A hypothesis file as read: its name for messages, its text and its directory (null inside a jar). */
    private record HypothesisText(String source, String text, Path dir) {
    }

    /** The name written in the hypothesis column, with the ledger row it stands on. */
    private record HypothesisName(String name, long line) {
    }

    private interface HypothesisLookup {
        Optional<HypothesisText> find(HypothesisName name);
    }

    private static Optional<HypothesisText> builtInHypothesis(String ledger, HypothesisName h) {
        String resource = RESOURCE_DIR + HYPOTHESES + h.name();
        URL url = LedgerFile.class.getResource(resource);
        if (url == null) {
            return Optional.empty();
        }
        Path dir = null;
        if ("file".equals(url.getProtocol())) {
            try {
                dir = Path.of(url.toURI()).getParent();
            } catch (URISyntaxException | IllegalArgumentException e) {
                dir = null;
            }
        }
        String name = "ledger/" + HYPOTHESES + h.name();
        return Optional.of(new HypothesisText(name, resource(resource, name).orElseThrow(), dir));
    }

    private static Optional<String> resource(String resource, String name) {
        try (InputStream in = LedgerFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(decode(name, in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readText(String source, Path file, String missing) {
        try {
            return decode(source, Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new BadInputException(source, 0, 0, missing);
        } catch (IOException e) {
            throw new BadInputException(source, 0, 0, "cannot read: " + e.getMessage(), e);
        }
    }

    private static String decode(String source, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new BadInputException(source, 0, 0, "not UTF-8 text (save it as UTF-8)", e);
        }
    }

    static List<Cause> parse(String source, String text, Edition edition, PublishedFigures figures,
            HypothesisLookup lookup) {
        return parse(source, text, edition, figures, lookup, new HashMap<>());
    }

    private static List<Cause> parse(String source, String text, Edition edition, PublishedFigures figures,
            HypothesisLookup lookup, Map<String, Corrections> hypotheses) {
        Set<CellKey> printed = new HashSet<>();
        Map<String, Set<String>> rowsOf = new HashMap<>();
        for (PrintedFigure f : figures.of(edition)) {
            printed.add(f.key());
            rowsOf.computeIfAbsent(f.key().table(), t -> new HashSet<>()).add(f.key().row());
        }
        List<Cause> out = new ArrayList<>();
        for (Located r : records(source, text, HEADER)) {
            out.add(cause(source, r, edition, printed, rowsOf, lookup, hypotheses));
        }
        return out;
    }

    private static Cause cause(String source, Located r, Edition edition, Set<CellKey> printed,
            Map<String, Set<String>> rowsOf, HypothesisLookup lookup, Map<String, Corrections> hypotheses) {
        String[] v = r.values();
        CellKey cell = new CellKey(v[0], v[1], v[2]);
        if (!printed.contains(cell)) {
            int column = !rowsOf.containsKey(v[0]) ? 1 : !rowsOf.get(v[0]).contains(v[1]) ? 2 : 3;
            String what = column == 1 ? "table '" + v[0] + "' has no printed figure"
                    : column == 2 ? "table " + v[0] + " has no printed row '" + v[1] + "'"
                    : "no printed figure " + v[0] + " | " + v[1] + " | " + v[2];
            throw r.error(source, column, what + " in " + edition.id()
                    + " (cells are keyed as in published/spri-published-figures.csv)");
        }
        CauseKind kind = CauseKind.of(v[3]).orElseThrow(() -> r.error(source, 4,
                "unknown kind '" + v[3] + "'; known: " + CauseKind.known()));
        List<String> models = Arrays.stream(v[4].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (v[5].isEmpty()) {
            throw r.error(source, 6, "evidence is empty: name snapshot, field, value and date");
        }
        Cause.Strength strength = Arrays.stream(Cause.Strength.values()).filter(s -> s.id().equals(v[6])).findFirst()
                .orElseThrow(() -> r.error(source, 7, "unknown strength '" + v[6] + "'; known: strong, medium, weak, speculative"));
        String h = v[7];
        Corrections data = null;
        Expression expression = null;
        switch (kind.category()) {
            case DATA -> {
                if (models.isEmpty()) {
                    throw r.error(source, 5, kind.id() + " needs the models concerned (names separated by ;)");
                }
                if (h.isEmpty()) {
                    throw r.error(source, 8, "empty hypothesis: a " + kind.id()
                            + " cause names a hypothesis file (corrections format) under ledger/hypotheses/");
                }
                data = hypotheses.computeIfAbsent(h, name -> hypothesis(source, r, name, lookup, 8));
            }
            case ARITHMETIC, TRANSCRIPTION -> {
                if (h.isEmpty()) {
                    throw r.error(source, 8, "empty hypothesis: a " + kind.id() + " cause needs an expression over cells, "
                            + "e.g. printed(T3,언어(Language),계)/printed(F1,모델 수,계)*100");
                }
                try {
                    expression = Expression.parse(h);
                } catch (IllegalArgumentException e) {
                    throw r.error(source, 8, "expression '" + h + "' does not parse: " + e.getMessage());
                }
                if (expression.isConstant()) {
                    throw r.error(source, 8, "expression '" + h + "' is a constant: a " + kind.id() + " cause reads the "
                            + "cells it stands on, e.g. printed(T3,언어(Language),계)/printed(F1,모델 수,계)*100");
                }
                for (Expression.CellRef ref : expression.cells()) {
                    if (ref.source() == Expression.Source.PRINTED && !printed.contains(ref.key())) {
                        throw r.error(source, 8, "expression '" + h + "' reads " + ref + ", which is not a printed figure of "
                                + edition.id());
                    }
                }
            }
            case OPEN -> {
                if (!h.isEmpty()) {
                    throw r.error(source, 8, "an open cause has no hypothesis (say what was tried in the evidence); found '" + h + "'");
                }
            }
        }
        return new Cause(source, r.line(), v.length > 8 ? v[8] : "", cell, kind, models, v[5], strength, h, data, expression);
    }

    private static Corrections hypothesis(String source, Located r, String name, HypothesisLookup lookup, int column) {
        if (name.startsWith("/") || name.startsWith("\\") || name.contains("..") || name.contains(":")) {
            throw r.error(source, column, "hypothesis '" + name + "' must be a relative file name under ledger/hypotheses/, e.g. spri-2025/o3-mini-date.csv");
        }
        HypothesisText t = lookup.find(new HypothesisName(name, r.line())).orElseThrow(() -> r.error(source, column,
                "no hypothesis file '" + name + "' (looked in ledger/hypotheses/"
                        + (source.startsWith("ledger/") ? "" : " beside the ledger and among the built-in ones") + ")"));
        try {
            return Corrections.parse(t.source(), t.text(), t.dir());
        } catch (BadInputException e) {
            throw r.error(source, column, "hypothesis file '" + name + "' is not a valid corrections file: " + e.getMessage());
        }
    }

    static List<Ledger.Rejected> parseRejected(String source, String text) {
        List<Ledger.Rejected> out = new ArrayList<>();
        for (Located r : records(source, text, REJECTED_HEADER)) {
            String[] v = r.values();
            if (v[0].isEmpty()) {
                throw r.error(source, 1, "hypothesis is empty");
            }
            out.add(new Ledger.Rejected(v[0], v[1], v[2]));
        }
        return out;
    }

    /** A record's stripped values in header order, with the line it starts on. */
    private record Located(long line, String[] values) {
        BadInputException error(String source, int column, String problem) {
            return new BadInputException(source, line, column, problem);
        }
    }

    private static List<Located> records(String source, String text, List<String> header) {
        List<Located> out = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
            List<String> names = parser.getHeaderNames().stream().map(String::strip).toList();
            if (header == HEADER && names.equals(HEADER_KO)) {
                header = HEADER_KO;
            }
            if (!names.equals(header)) {
                throw new BadInputException(source, 1, 0, "header must be exactly " + String.join(",", header)
                        + "; found " + String.join(",", names));
            }
            int offset = 0;
            long line = 1;
            for (CSVRecord record : parser) {
                for (; offset < record.getCharacterPosition(); offset++) {
                    char c = text.charAt(offset);
                    line += c == '\n' || (c == '\r' && (offset + 1 >= text.length() || text.charAt(offset + 1) != '\n')) ? 1 : 0;
                }
                if (record.size() != header.size()) {
                    throw new BadInputException(source, line, Math.min(record.size(), header.size()) + 1,
                            "row has " + record.size() + " fields but the header has " + header.size());
                }
                out.add(new Located(line, record.stream().map(String::strip).toArray(String[]::new)));
            }
        } catch (BadInputException e) {
            throw e;
        } catch (UncheckedIOException | IOException | IllegalArgumentException | IllegalStateException e) {
            throw new BadInputException(source, 0, 0, "malformed CSV: " + e.getMessage(), e);
        }
        return out;
    }
}
