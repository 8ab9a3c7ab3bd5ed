package org.modelcensus.functions.normalize;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.modelcensus.functions.dataset.BadInputException;

/** A report edition: its id, the years its tables cover and its title. */
public enum Edition {
    SPRI_2024("spri-2024", 2020, 2023, "글로벌 초거대 AI 모델 현황 분석 (2020~2023년), SPRI IS-178, 2024-08-19"),
    SPRI_2025("spri-2025", 2020, 2024, "글로벌 초거대 AI 모델 현황 분석 (2020~2024년), SPRI, 2025-02");

    private final String id;
    private final int firstYear;
    private final int lastYear;
    private final String title;

    Edition(String id, int firstYear, int lastYear, String title) {
        this.id = id;
        this.firstYear = firstYear;
        this.lastYear = lastYear;
        this.title = title;
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

    public String title() {
        return title;
    }

    /** Whether a mapping row scoped {@code scope} ({@code *} or an edition id) applies here. */
    public boolean inScope(String scope) {
        return "*".equals(scope) || id.equals(scope);
    }

    /** The edition with this id, e.g. {@code spri-2025}. */
    public static Edition of(String id) {
        for (Edition e : values()) {
            if (e.id.equals(id)) {
                return e;
            }
        }
        throw new BadInputException("--report", 0, 0, "unknown report '" + id + "'; known: "
                + Arrays.stream(values()).map(Edition::id).collect(Collectors.joining(", ")));
    }
}
