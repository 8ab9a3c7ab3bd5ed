package org.modelcensus.functions.edition;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * A report edition, read from an edition file: its id, title, years, the scope of the mapping rows
 * it uses and its ordered tables. The built-in ones are {@code editions/*.json}; see {@link #load(Path)}
 * for a user's own.
 *
 * <p>Example: {@code Edition.of("spri-2025").tables()}
 */
public final class Edition {
    private final String id;
    private final String title;
    private final String publication;
    private final int firstYear;
    private final int lastYear;
    private final String mappingScope;
    private final String snapshot;
    private final String publishedFigures;
    private final List<EditionTable> tables;
    private final String source;

    /** What an edition file declares, title templates still unresolved; checked by {@link EditionFile}. */
    record Declared(String id, EditionTable.Template title, String publication, int from, int to,
            String mappingScope, String snapshot, String publishedFigures, List<EditionTable> tables) {
    }

    Edition(Declared d, String source) {
        this.id = d.id();
        this.publication = d.publication();
        this.firstYear = d.from();
        this.lastYear = d.to();
        this.mappingScope = d.mappingScope();
        this.snapshot = d.snapshot();
        this.publishedFigures = d.publishedFigures();
        this.tables = List.copyOf(d.tables());
        this.source = source;
        String name = d.title().in(this);
        this.title = publication == null ? name : name + ", " + publication;
    }

    public String id() {
        return id;
    }

    public int firstYear() {
        return firstYear;
    }

    public int lastYear() {
        return lastYear;
    }

    /** The title with the publication, as cited, e.g. {@code 글로벌 초거대 AI 모델 현황 분석 (2020~2024년), SPRI, 2025-02}. */
    public String title() {
        return title;
    }

    /** Publisher, number and date, e.g. {@code SPRI IS-178, 2024-08-19}; empty when the file gives none. */
    public Optional<String> publication() {
        return Optional.ofNullable(publication);
    }

    /** The scope of the mapping rows this edition applies besides {@code *}, e.g. {@code spri-2025}. */
    public String mappingScope() {
        return mappingScope;
    }

    /** The snapshot closest to the edition's data, e.g. {@code large_scale_ai_models_2025-05-20.csv}. */
    public Optional<String> snapshot() {
        return Optional.ofNullable(snapshot);
    }

    /** The report id of the edition's printed figures in {@code published/}; empty before publication. */
    public Optional<String> publishedFigures() {
        return Optional.ofNullable(publishedFigures);
    }

    /** The tables in report order. */
    public List<EditionTable> tables() {
        return tables;
    }

    /** Where the edition was read from: a resource such as {@code editions/spri-2025.json}, or a file path. */
    public String source() {
        return source;
    }

    /** Whether a mapping row scoped {@code scope} ({@code *} or an edition's mapping scope) applies here. */
    public boolean inScope(String scope) {
        return "*".equals(scope) || mappingScope.equals(scope);
    }

    @Override
    public String toString() {
        return id;
    }

    /** The built-in editions, oldest first. */
    public static List<Edition> builtIns() {
        return BuiltIns.ALL;
    }

    /** The built-in edition with this id, e.g. {@code spri-2025}. */
    public static Edition of(String id) {
        for (Edition e : builtIns()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new BadInputException("--report", 0, 0, "unknown report '" + id + "'; known: "
                + builtIns().stream().map(Edition::id).collect(Collectors.joining(", ")));
    }

    /**
     * The one default edition: what the command line, every route, the web page and the add-in use when
     * none is named. It is the newest built-in edition with printed figures.
     */
    public static Edition defaultEdition() {
        return BuiltIns.DEFAULT;
    }

    /** The built-in edition {@code id} names, or the {@link #defaultEdition()} when it is null or blank. */
    public static Edition resolve(String id) {
        return id == null || id.isBlank() ? defaultEdition() : of(id.strip());
    }

    private static Edition newestPublished(List<Edition> all) {
        for (int i = all.size() - 1; i > 0; i--) {
            if (all.get(i).publishedFigures().isPresent()) {
                return all.get(i);
            }
        }
        return all.get(0);
    }

    /** Reads a user's edition file (JSON); a bad one raises a {@link BadInputException} with file and line. */
    public static Edition load(Path file) {
        return EditionFile.load(file);
    }

    /** The scopes a mapping row may name: {@code *} and every built-in edition's mapping scope. */
    public static Set<String> mappingScopes() {
        Set<String> scopes = new LinkedHashSet<>();
        scopes.add("*");
        builtIns().forEach(e -> scopes.add(e.mappingScope));
        return scopes;
    }

    /** Read once, on first use (a holder class, so that loading {@code Edition} reads no file). */
    private static final class BuiltIns {
        static final List<Edition> ALL = EditionFile.builtIns();
        static final Edition DEFAULT = newestPublished(ALL);
    }
}
