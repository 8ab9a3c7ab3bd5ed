package org.modelcensus.functions.report;

import java.util.List;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.report.ListTables.Column;

/** Builds every table of an edition, numbered as the report numbers them. */
public final class Reports {
    private static final Column YEAR = new Column("출시년도", "Year");
    private static final Column LEAD = new Column("개발주체", "LeadDeveloper");
    private static final Column DOMAINS = new Column("분야", "DomainLabels");
    private static final Column MULTIMODAL = new Column("멀티모달 여부", "MultimodalMark");
    private static final Column FLOP = new Column("학습 연산량(FLOP)", "FLOP");
    private static final Column PARAMETERS = new Column("매개변수", "Parameters");
    private static final Column DATA_SIZE = new Column("학습데이터 규모", "DatasetSize");
    private static final Column HARDWARE = new Column("학습 인프라", "HardwareLabel");
    private static final Column COUNTRY = new Column("국가", "Countries");
    private static final Column DATE = new Column("출시일", "Date");
    private static final Column DOMAIN_SHORT = new Column("분야", "DomainShort");
    private static final Column TASKS = new Column("과업", "TaskGroups");

    private Reports() {
    }

    /** The report of the dataset's edition. */
    public static Report build(NormalizedDataset data) {
        Scope s = new Scope(data);
        return new Report(data, switch (data.edition()) {
            case SPRI_2024 -> spri2024(s);
            case SPRI_2025 -> spri2025(s);
        });
    }

    private static List<ReportTable> spri2024(Scope s) {
        int next = s.lastYear + 1;
        return List.of(
                CountTables.modelsPerYear(s, "F2", "연도별 초거대 AI 모델 출시 현황"),
                CountTables.countries(s, "T1", "국가별·연도별 초거대 AI 모델 개발 현황"),
                ListTables.koreanModels(s, "T2", "2020~2023년 출시된 우리나라 초거대 AI 모델 현황",
                        List.of(YEAR, LEAD, DOMAINS, MULTIMODAL)),
                CountTables.domains(s, "T3", "분야별 초거대 AI 모델 현황(2020~2023년)"),
                CountTables.multimodal(s, "F3", "연도별 초거대 AI 멀티모달 모델 출시 현황", false),
                TaskTables.perTask(s, "T4", "주요 과업유형별 초거대 AI 모델 현황(2020~2023년)", 2),
                TaskTables.taskSummary(s, "T4.text", "과업유형 정보 요약 (표 4 본문)"),
                TaskTables.tasksPerModel(s, "T5", "과업유형 수별 및 연도별 초거대 AI 모델 현황(2020~2023년)"),
                CountTables.development(s, "F4", "개발 방식별 초거대 AI 모델 현황(2020년~2023년 누적)"),
                CountTables.orgTypes(s, "T6", "개발조직 유형별 초거대 AI 모델 현황(2020~2023년)"),
                ListTables.topDevelopers(s, "F5", "3개 이상의 초거대 AI 모델 출시 조직", s.firstYear, s.lastYear, 3, false),
                ListTables.topModels(s, "T7", next + "년 출시된 주요 초거대 AI 모델", next, 4,
                        List.of(FLOP, PARAMETERS, DATA_SIZE, HARDWARE, COUNTRY, DATE, DOMAIN_SHORT, TASKS)));
    }

    private static List<ReportTable> spri2025(Scope s) {
        int last = s.lastYear;
        return List.of(
                CountTables.modelsPerYear(s, "F1", "연도별 초거대 AI 모델 출시 건수"),
                CountTables.countries(s, "T1", "국가별·연도별 초거대 AI 모델 개발 현황(2020~2024년)"),
                ListTables.koreanModels(s, "T2", "2020~2024년 출시된 우리나라 초거대 AI 모델 현황",
                        List.of(YEAR, LEAD, DOMAINS)),
                CountTables.domains(s, "T3", "분야별 초거대 AI 모델 현황(2020~2024년)"),
                CountTables.multimodal(s, "F2", "연도별 초거대 AI 멀티모달 모델 출시 건수 및 전체 대비 비중", true),
                TaskTables.perTask(s, "T4", "과업 유형별 초거대 AI 모델 현황(2020~2024년 누적)", 2),
                TaskTables.taskSummary(s, "T4.text", "과업 유형 정보 요약 (표 4 본문)"),
                TaskTables.growth(s, "T5", (last - 1) + "년 및 " + last + "년 주요 과업 유형별 출시 모델 수 비교"),
                TaskTables.multiTask(s, "T6", "다중 과업 수행 가능한 초거대 AI 모델 현황(2020~2024년)"),
                CountTables.development(s, "F3", "개발 방식별 초거대 AI 모델 현황(2020년~2024년 누적)"),
                CountTables.orgTypes(s, "T7", "개발조직 유형별 초거대 AI 모델 현황(2020~2024년)"),
                ListTables.topDevelopers(s, "T8", last + "년 초거대 AI 모델 건수 상위 기업/기관", last, last, 3, true),
                ListTables.topModels(s, "T9", last + "년 출시된 주요 초거대 AI 모델", last, 5,
                        List.of(FLOP, COUNTRY, DATE, DOMAIN_SHORT, TASKS)));
    }
}
