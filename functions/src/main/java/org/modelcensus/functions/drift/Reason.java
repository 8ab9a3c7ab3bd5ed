package org.modelcensus.functions.drift;

/**
 * Why a model entered or left a count cell between two snapshots: a closed vocabulary, each with
 * the id written in the {@code reason} column ({@code id: detail}).
 */
public enum Reason {
    /** The model is in B only: Epoch added it to the database (or to the large-scale list). */
    ADDED("added", "added to the database", "데이터베이스에 추가됨"),
    /** The model is in A only. */
    REMOVED("removed", "removed from the database", "데이터베이스에서 삭제됨"),
    /**
     * The model is in one snapshot only, and that snapshot gives it less than 10^23 FLOP, the threshold
     * of Epoch's large-scale list: that snapshot holds smaller models too. Between two large-scale
     * lists a model whose compute was revised across the threshold cannot be told from one Epoch
     * added or removed, and is {@link #ADDED} or {@link #REMOVED}.
     */
    COMPUTE_THRESHOLD("compute-crossed-threshold", "training compute on the other side of 10^23 FLOP",
            "학습 연산량이 10^23 FLOP 기준의 반대편"),
    /** The publication year changed, so the model moved across the years or the range of the cell. */
    DATE_MOVED("date-moved", "publication date moved across the range", "공개일이 범위를 넘어 이동"),
    /** The raw {@code Domain} cell changed (also the multimodal tag). */
    DOMAIN_CHANGED("domain-changed", "domain tags changed", "분야 태그 변경"),
    /** The raw {@code Task} cell changed. */
    TASK_CHANGED("task-changed", "task tags changed", "과업 태그 변경"),
    /** The raw country cell changed. */
    COUNTRY_CHANGED("country-changed", "country tags changed", "국가 태그 변경"),
    /** The raw {@code Organization} cell changed (after {@code org_alias.csv}). */
    ORGANIZATION_CHANGED("organization-changed", "organisation tags changed", "개발조직 태그 변경"),
    /** The raw organisation categorization changed (or the column is absent on one side). */
    ORG_CATEGORY_CHANGED("org-category-changed", "organisation categorization changed", "조직 유형 분류 변경"),
    /**
     * An organisation of the model has a new name: the old name is on no model of B, the new one on
     * no model of A, and {@code org_alias.csv} does not say they are one.
     */
    ORG_RENAMED("org-renamed", "organisation renamed (not in org_alias.csv)", "조직명 변경 (org_alias.csv에 없음)"),
    /** The model's raw fields behind the cell are equal; their normalized values differ. */
    MAPPING_CHANGE("mapping-change", "raw values equal, normalized values differ", "원자료는 같고 정규화 값이 다름");

    private final String id;
    private final String label;
    private final String korean;

    Reason(String id, String label, String korean) {
        this.id = id;
        this.label = label;
        this.korean = korean;
    }

    /** The id written in output, e.g. {@code date-moved}. */
    public String id() {
        return id;
    }

    /** A short English description. */
    public String label() {
        return label;
    }

    /** The same description in Korean, for the outputs analysts read. */
    public String korean() {
        return korean;
    }
}
