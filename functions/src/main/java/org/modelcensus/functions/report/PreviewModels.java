package org.modelcensus.functions.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The models a table lists by name that Epoch marks as a preview, e.g. {@code Llama 4 Behemoth (preview)}
 * in T9 of the 2020-2025 edition: announced, not released, so the report may well leave them out.
 */
public final class PreviewModels {
    private static final Pattern PREVIEW = Pattern.compile("\\(preview\\)", Pattern.CASE_INSENSITIVE);

    private PreviewModels() {
    }

    /** The preview models per table id, in report order; empty when no table lists one. */
    public static Map<String, List<String>> in(Report report) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (ReportTable t : report.tables()) {
            List<String> models = new ArrayList<>();
            for (String label : t.transposed() ? t.columns() : t.rows()) {
                if (PREVIEW.matcher(label).find()) {
                    models.add(label);
                }
            }
            for (String label : t.transposed() ? t.rows() : t.columns()) {
                if (PREVIEW.matcher(label).find()) {
                    models.add(label);
                }
            }
            if (!models.isEmpty()) {
                out.put(t.id(), List.copyOf(models));
            }
        }
        return out;
    }

    /** The note for one table's preview models, Korean or English. */
    public static String note(String table, List<String> models, boolean korean) {
        String names = String.join(", ", models);
        return korean ? table + "에 Epoch가 미리보기(preview)로 표시한 모델이 있습니다: " + names
                + ". 발표만 되고 출시되지 않은 모델이므로 보고서에 넣을지 확인하십시오."
                : table + " lists a model Epoch marks as a preview: " + names
                + ". It is announced, not released: check whether the report should list it.";
    }
}
