package org.modelcensus.functions.report;

import java.util.List;
import org.modelcensus.functions.edition.EditionTable;
import org.modelcensus.functions.normalize.NormalizedDataset;

/** Builds every table of an edition, in the order and with the titles of its edition file. */
public final class Reports {
    private Reports() {
    }

    /** The report of the dataset's edition. */
    public static Report build(NormalizedDataset data) {
        Builders builders = new Builders(new Scope(data));
        List<ReportTable> tables = data.edition().tables().stream().map(t -> t.accept(builders)).toList();
        return new Report(data, tables);
    }

    /** Each kind of table to its builder, titles and years resolved for the edition. */
    private record Builders(Scope s) implements EditionTable.Visitor<ReportTable> {
        private String title(EditionTable t) {
            return t.title().in(s.data.edition());
        }

        private int year(EditionTable.Year y) {
            return y.in(s.data.edition());
        }

        @Override
        public ReportTable modelsPerYear(EditionTable.ModelsPerYear t) {
            return CountTables.modelsPerYear(s, t.id(), title(t));
        }

        @Override
        public ReportTable countries(EditionTable.Countries t) {
            return CountTables.countries(s, t.id(), title(t));
        }

        @Override
        public ReportTable koreanModels(EditionTable.KoreanModels t) {
            return ListTables.koreanModels(s, t.id(), title(t), t.columns());
        }

        @Override
        public ReportTable domains(EditionTable.Domains t) {
            return CountTables.domains(s, t.id(), title(t), t.blankZeros());
        }

        @Override
        public ReportTable multimodal(EditionTable.Multimodal t) {
            return CountTables.multimodal(s, t.id(), title(t), t.sharePerYear());
        }

        @Override
        public ReportTable tasks(EditionTable.Tasks t) {
            return TaskTables.perTask(s, t.id(), title(t), t.minimum(), t.rows(),
                    t.top() == null ? Integer.MAX_VALUE : t.top(), t.year() == null ? null : year(t.year()));
        }

        @Override
        public ReportTable taskSummary(EditionTable.TaskSummary t) {
            return TaskTables.taskSummary(s, t.id(), title(t));
        }

        @Override
        public ReportTable tasksPerModel(EditionTable.TasksPerModel t) {
            return TaskTables.tasksPerModel(s, t.id(), title(t));
        }

        @Override
        public ReportTable taskGrowth(EditionTable.TaskGrowth t) {
            return TaskTables.growth(s, t.id(), title(t), t.top() == null ? Integer.MAX_VALUE : t.top());
        }

        @Override
        public ReportTable multiTask(EditionTable.MultiTask t) {
            return TaskTables.multiTask(s, t.id(), title(t));
        }

        @Override
        public ReportTable development(EditionTable.Development t) {
            return CountTables.development(s, t.id(), title(t));
        }

        @Override
        public ReportTable orgTypes(EditionTable.OrgTypes t) {
            return CountTables.orgTypes(s, t.id(), title(t));
        }

        @Override
        public ReportTable topDevelopers(EditionTable.TopDevelopers t) {
            return ListTables.topDevelopers(s, t.id(), title(t), year(t.from()), year(t.to()), t.minimum(),
                    t.nationality());
        }

        @Override
        public ReportTable topModels(EditionTable.TopModels t) {
            return ListTables.topModels(s, t.id(), title(t), year(t.year()), t.n(), t.columns());
        }
    }
}
