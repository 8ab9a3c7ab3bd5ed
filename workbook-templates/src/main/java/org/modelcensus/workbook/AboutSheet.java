package org.modelcensus.workbook;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.corrections.Corrected;
import org.modelcensus.functions.dataset.EpochSchema;
import org.modelcensus.functions.dataset.Provenance;
import org.modelcensus.functions.report.PreviewModels;
import org.modelcensus.functions.report.Report;
import org.modelcensus.functions.report.YearCoverage;

/** The {@code About} sheet: what the workbook is, where its data comes from, and how to audit a number. */
final class AboutSheet {
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AboutSheet() {
    }

    private static final int TEXT_WIDTH = 100;
    static final float LINE_POINTS = 15f;

    static void write(XlsxWorkbook wb, Cells cells, TemplateWorkbook.Input in) {
        Report report = in.report();
        Provenance p = report.data().provenance();
        XlsxSheet sheet = wb.createSheet(TemplateWorkbook.ABOUT);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Model Census 템플릿 워크북 (template workbook)", ""});
        rows.add(new String[] {"보고서 (report)", report.edition().id() + ": " + report.edition().title()});
        rows.add(new String[] {"무엇인가 (what this is)", "보고서의 모든 표를 아래 Data 시트의 정규화된 데이터에 대한 엑셀 수식으로 "
                + "계산한 워크북입니다. Every table of the report as native Excel formulas over the normalized data "
                + "in the Data sheets; no add-in is needed, and every number can be traced to the rows it counts."});
        rows.add(new String[] {"데이터 출처 (data source)", TemplateWorkbook.source(p)});
        rows.add(new String[] {"인용 (citation, licence)", Provenance.EPOCH_CITATION});
        rows.add(new String[] {"읽은 시각 (data read at)", UTC.format(p.readAt()) + " (스냅샷 자체의 날짜는 파일 이름에 있습니다; "
                + "the snapshot's own date is in its file name)"});
        rows.add(new String[] {"SHA-256", p.sha256()});
        rows.add(new String[] {"행 수 (rows in the snapshot)", Integer.toString(p.rows())});
        rows.addAll(schemaRows(p));
        rows.add(new String[] {"정규화 모델 수 (models after normalization)", Integer.toString(report.data().models().size())});
        YearCoverage coverage = YearCoverage.of(report.data());
        rows.add(new String[] {"연도 범위 (years covered)", coverage.complete()
                ? "데이터가 " + report.edition().firstYear() + "~" + report.edition().lastYear() + "년을 모두 다룹니다 (the data "
                        + "covers every year of the edition; newest model " + coverage.lastDate() + ")"
                : "주의: " + coverage.note(true) + " Warning: " + coverage.note(false)});
        if (report.edition().publishedFigures().isEmpty()) {
            int computed = report.tables().stream().mapToInt(t -> t.cells().size()).sum();
            rows.add(new String[] {"인쇄 수치 (printed figures)", "이 판은 아직 발간되지 않아 대조할 인쇄 수치가 없습니다: Checks 시트는 "
                    + "비어 있고, 계산된 셀 " + computed + "개는 모두 표 시트와 Index 시트에 있습니다. This edition is not printed yet, "
                    + "so the Checks sheet has nothing to compare; all " + computed + " computed cells are on the table sheets "
                    + "and listed in the Index sheet."});
        }
        PreviewModels.in(report).forEach((table, models) -> rows.add(new String[] {"미리보기 모델 (preview models)",
                PreviewModels.note(table, models, true) + " " + PreviewModels.note(table, models, false)}));
        int mappingRows = report.data().mappings().appliedRows().size();
        rows.add(new String[] {"매핑 (mappings)", report.edition().id() + "용 내장 매핑 파일; 적용된 " + mappingRows + "개 행은 "
                + "Mappings 시트에 있습니다 (built-in mapping files for " + report.edition().id() + "; the " + mappingRows
                + " rows in effect are listed in the Mappings sheet)"});
        rows.add(new String[] {"보정 (corrections)", corrections(in.corrections())});
        rows.add(new String[] {"생성 (generated)", UTC.format(in.generatedAt()) + ", " + in.tool()});
        rows.add(new String[] {"재계산 (recalculation)", "열 때 모든 수식을 다시 계산합니다. The file asks Excel and LibreOffice to "
                + "recalculate every formula on open; the values stored in it are the Java engine's."});
        rows.add(new String[] {"", ""});
        rows.add(new String[] {"숫자 검증 방법 (how to audit a number)", ""});
        rows.add(new String[] {"1", "표 시트(T1, F1 ...)에서 셀을 클릭하면 수식이 보입니다. Click a cell of a table sheet "
                + "(T1, F1, ...): its formula is a COUNTIFS over an Excel Table of the data sheets, e.g. "
                + "COUNTIFS(Countries[Year],2024,Countries[Country],\"=한국\")."});
        rows.add(new String[] {"2", "Data-Countries 등 데이터 시트에서 해당 표를 수식의 조건으로 필터링하면 세는 행이 보입니다. On the data sheet "
                + "(Data-Countries, ...), filter that Table on the same columns and values: the rows left are the models "
                + "counted (Id links to Models)."});
        rows.add(new String[] {"3", "연도 범위는 각 표 위의 노란 입력 셀입니다. Year ranges are the yellow input cells above each "
                + "table: the formulas that count a range (계, totals, the developers' counts) use them, so changing one "
                + "recalculates those cells; per-year columns and the rows a table lists are fixed when it is generated."});
        rows.add(new String[] {"4", "Checks 시트는 인쇄된 수치와 수식 값을 비교합니다. The Checks sheet compares every printed figure "
                + "with the formula's value at the printed precision; Index lists every computed cell's address."});
        rows.add(new String[] {"5", "국가·분야·과업 매핑은 Mappings 시트, 데이터 보정은 Corrections 시트에 있습니다. How Epoch's "
                + "values map to report groups is in Mappings; edits made to the data are in Corrections."});
        for (int i = 0; i < rows.size(); i++) {
            var r = sheet.row(i);
            cells.label(r, 0, rows.get(i)[0], i == 0 ? cells.title : cells.bold);
            cells.label(r, 1, rows.get(i)[1], cells.wrapped);
            // Neither Excel nor LibreOffice fits a row's height to wrapped text on open: set it from the text.
            r.setHeightInPoints(LINE_POINTS * lines(rows.get(i)[1], TEXT_WIDTH));
        }
        sheet.setColumnWidth(0, 40 * 256);
        sheet.setColumnWidth(1, TEXT_WIDTH * 256);
        cells.print(sheet);
    }

    /** The lines a text takes in a wrapped column {@code width} characters wide (Hangul counts twice), at least one. */
    static int lines(String text, int width) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int w = Cells.width(List.of(paragraph), 0, Integer.MAX_VALUE) / 256 - 2;
            lines += Math.max(1, (w + width - 1) / width);
        }
        return Math.max(1, lines);
    }

    /** The schema generation, the optional fields the snapshot lacks and the columns no field reads. */
    private static List<String[]> schemaRows(Provenance p) {
        String missing = p.missingFields().isEmpty() ? "없음 (none)" : String.join(", ", p.missingFields())
                + " — 이 스냅샷에는 이 열이 없어 해당 값은 비어 있습니다. The snapshot has no such column, so every value "
                + "read from these fields is blank: not unknown to Epoch, just not in this file.";
        String unused = p.unusedColumns().isEmpty() ? "없음 (none)" : String.join(", ", p.unusedColumns());
        return List.of(new String[] {"스키마 (CSV schema)", p.generation() + " (" + EpochSchema.RESOURCE + "에 따라 열 이름으로 "
                + "맞춤; columns matched by name as " + EpochSchema.RESOURCE + " declares)"},
                new String[] {"없는 선택 필드 (optional fields missing)", missing},
                new String[] {"읽지 않는 열 (columns not read)", unused});
    }

    private static String corrections(List<Corrected> corrections) {
        if (corrections.isEmpty()) {
            return "없음 (none)";
        }
        List<String> parts = new ArrayList<>();
        for (Corrected c : corrections) {
            parts.add(c.summary());
        }
        return String.join("; ", parts) + " (Corrections 시트에 나열; listed in the Corrections sheet)";
    }
}
