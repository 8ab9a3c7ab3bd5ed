package org.modelcensus.functions.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.normalize.NormalizedModel;

/**
 * Whether the data reaches the end of the edition's years: a year after the newest model's is missing, and
 * the newest model's year, when that model is older than December, is covered only in part. Counts of such
 * years are not the year's figures (a CAGR to a missing year reads -100), so outputs say so.
 *
 * <p>Example: {@code YearCoverage.of(data).note(true)} on an edition of 2020-2026 over the 2025-05-20 snapshot
 * names 2026 as missing and 2025 as covered to 2025-05.
 */
public record YearCoverage(Edition edition, String lastDate, List<Integer> missingYears, Optional<Integer> partialYear) {
    /** The coverage of {@code data}'s edition by its models' publication dates. */
    public static YearCoverage of(NormalizedDataset data) {
        Edition e = data.edition();
        String last = data.models().stream().map(NormalizedModel::date).filter(d -> d != null && d.length() >= 7)
                .max(Comparator.naturalOrder()).orElse("");
        int lastYear = last.isEmpty() ? e.firstYear() - 1 : Integer.parseInt(last.substring(0, 4));
        List<Integer> missing = new ArrayList<>();
        for (int y = Math.max(e.firstYear(), lastYear + 1); y <= e.lastYear(); y++) {
            missing.add(y);
        }
        boolean partial = lastYear >= e.firstYear() && lastYear <= e.lastYear() && last.substring(5, 7).compareTo("12") < 0;
        return new YearCoverage(e, last, List.copyOf(missing), partial ? Optional.of(lastYear) : Optional.empty());
    }

    /** True when the data reaches December of the edition's last year. */
    public boolean complete() {
        return missingYears.isEmpty() && partialYear.isEmpty();
    }

    /** One sentence for the reader, Korean or English; "" when {@link #complete()}. */
    public String note(boolean korean) {
        if (complete()) {
            return "";
        }
        String years = edition.firstYear() + (korean ? "~" : "-") + edition.lastYear();
        String until = lastDate.isEmpty() ? "" : lastDate.substring(0, 7);
        List<String> ko = new ArrayList<>();
        List<String> en = new ArrayList<>();
        if (!missingYears.isEmpty()) {
            String list = String.join(", ", missingYears.stream().map(String::valueOf).toList());
            ko.add(list + "년 자료가 없습니다");
            en.add("it has no model of " + list);
        }
        partialYear.ifPresent(y -> {
            ko.add(y + "년은 " + until + "까지만 있습니다");
            en.add(y + " only up to " + until);
        });
        return korean
                ? "판 " + edition.id() + "의 연도는 " + years + "년이지만 데이터의 마지막 모델은 " + lastDate + "입니다: "
                        + String.join(", ", ko) + ". 그 연도의 건수(그 연도까지의 CAGR·증감 포함)는 그 해의 수치가 아닙니다."
                : "edition " + edition.id() + " covers " + years + " but the data's newest model is of " + lastDate + ": "
                        + String.join("; ", en) + ". Those years' counts (and a CAGR or change to them) are not the years' figures.";
    }
}
