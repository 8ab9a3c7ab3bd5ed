package org.modelcensus.functions.edition;

import org.modelcensus.functions.normalize.DataTables;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One table an edition file declares: its id ({@code T1}, {@code F2}), a title template and the
 * parameters of its kind. The kinds are a closed vocabulary (see {@code docs/user-guide.md},
 * "Editions"); a report builds each one through {@link Visitor}, so a new kind makes the compiler
 * ask for its builder.
 *
 * <p>Example, in an edition file: {@code {"id": "T9", "kind": "top-models", "title": "{last}년 출시된
 * 주요 초거대 AI 모델", "year": "{last}", "n": 5, "columns": [{"label": "국가", "column": "Countries"}]}}
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(EditionTable.ModelsPerYear.class), @JsonSubTypes.Type(EditionTable.Countries.class),
    @JsonSubTypes.Type(EditionTable.KoreanModels.class), @JsonSubTypes.Type(EditionTable.Domains.class),
    @JsonSubTypes.Type(EditionTable.Multimodal.class), @JsonSubTypes.Type(EditionTable.Tasks.class),
    @JsonSubTypes.Type(EditionTable.TaskSummary.class), @JsonSubTypes.Type(EditionTable.TasksPerModel.class),
    @JsonSubTypes.Type(EditionTable.TaskGrowth.class), @JsonSubTypes.Type(EditionTable.MultiTask.class),
    @JsonSubTypes.Type(EditionTable.Development.class), @JsonSubTypes.Type(EditionTable.OrgTypes.class),
    @JsonSubTypes.Type(EditionTable.TopDevelopers.class), @JsonSubTypes.Type(EditionTable.TopModels.class)})
public sealed interface EditionTable {
    /** The table id, also its workbook sheet name, e.g. {@code T1}. */
    String id();

    /** The title, with year placeholders. */
    Template title();

    /** Builds this table with the visitor's method for its kind. */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of table. */
    interface Visitor<R> {
        R modelsPerYear(ModelsPerYear t);

        R countries(Countries t);

        R koreanModels(KoreanModels t);

        R domains(Domains t);

        R multimodal(Multimodal t);

        R tasks(Tasks t);

        R taskSummary(TaskSummary t);

        R tasksPerModel(TasksPerModel t);

        R taskGrowth(TaskGrowth t);

        R multiTask(MultiTask t);

        R development(Development t);

        R orgTypes(OrgTypes t);

        R topDevelopers(TopDevelopers t);

        R topModels(TopModels t);
    }

    /** Models per year, their total and the compound annual growth rate. */
    @JsonTypeName("models-per-year")
    record ModelsPerYear(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.modelsPerYear(this);
        }
    }

    /** Models per country and year, two-country models apart, and the rank by total. */
    @JsonTypeName("countries")
    record Countries(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.countries(this);
        }
    }

    /** The models with a Korean developer, oldest first, with the given columns. */
    @JsonTypeName("korean-models")
    record KoreanModels(String id, Template title, List<Column> columns) implements EditionTable {
        public KoreanModels {
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.koreanModels(this);
        }
    }

    /** Models per domain group and year, and the language share; {@code blankZeros}: the workbook leaves 0 blank, as the report prints it. */
    @JsonTypeName("domains")
    record Domains(String id, Template title, @JsonProperty("blankZeros") Boolean blankZeros) implements EditionTable {
        public Domains {
            blankZeros = blankZeros != null && blankZeros;
        }


        @Override
        public <R> R accept(Visitor<R> v) {
            return v.domains(this);
        }
    }

    /** Multimodal models per year and their share: of the total only, or also of every year. */
    @JsonTypeName("multimodal")
    record Multimodal(String id, Template title, boolean sharePerYear) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.multimodal(this);
        }
    }

    /**
     * Task groups of at least {@code minimum} models in the edition's years (in {@code year} only, if given),
     * most frequent first, the first {@code top} only, if given; or, with {@code rows}, exactly these task
     * groups in this order (the rows a printed report shows).
     */
    @JsonTypeName("tasks")
    record Tasks(String id, Template title, int minimum, @JsonProperty("rows") List<String> rows,
            @JsonProperty("top") Integer top, @JsonProperty("year") Year year) implements EditionTable {
        public Tasks {
            rows = rows == null ? List.of() : List.copyOf(rows);
            if (top != null && top < 1) {
                throw new IllegalArgumentException("top must be 1 or more, not " + top);
            }
            if (rows.stream().distinct().count() != rows.size()) {
                throw new IllegalArgumentException("rows lists a task group twice: " + rows);
            }
        }


        @Override
        public <R> R accept(Visitor<R> v) {
            return v.tasks(this);
        }
    }

    /** Models with task information, with several tasks, and the share. */
    @JsonTypeName("task-summary")
    record TaskSummary(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.taskSummary(this);
        }
    }

    /** Models by number of task groups (1 to 5 or more) and year. */
    @JsonTypeName("tasks-per-model")
    record TasksPerModel(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.tasksPerModel(this);
        }
    }

    /** Task groups in the edition's last two years and the change, largest increase first; the first {@code top} only, if given. */
    @JsonTypeName("task-growth")
    record TaskGrowth(String id, Template title, @JsonProperty("top") Integer top) implements EditionTable {
        public TaskGrowth {
            if (top != null && top < 1) {
                throw new IllegalArgumentException("top must be 1 or more, not " + top);
            }
        }


        @Override
        public <R> R accept(Visitor<R> v) {
            return v.taskGrowth(this);
        }
    }

    /** Models able to do two or more task groups, per year, and their share. */
    @JsonTypeName("multi-task")
    record MultiTask(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.multiTask(this);
        }
    }

    /** Models developed by one organisation versus jointly, over the edition's years. */
    @JsonTypeName("development")
    record Development(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.development(this);
        }
    }

    /** Models per organisation type and year. */
    @JsonTypeName("org-types")
    record OrgTypes(String id, Template title) implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.orgTypes(this);
        }
    }

    /**
     * Developers with at least {@code minimum} models in [from, to], most first, with either their
     * nationality or a "{@code minimum}개 이상" flag.
     */
    @JsonTypeName("top-developers")
    record TopDevelopers(String id, Template title, Year from, Year to, int minimum, boolean nationality)
            implements EditionTable {
        @Override
        public <R> R accept(Visitor<R> v) {
            return v.topDevelopers(this);
        }
    }

    /** The {@code n} models of {@code year} with the most training compute, ranked, with the given columns. */
    @JsonTypeName("top-models")
    record TopModels(String id, Template title, Year year, int n, List<Column> columns) implements EditionTable {
        public TopModels {
            columns = List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.topModels(this);
        }
    }

    /** A column of a model list: its printed label and the {@code Models} column it shows. */
    record Column(String label, String column) {
        /** Rejects a column that the {@code Models} table lacks (the file reader adds file and line). */
        public Column {
            if (!DataTables.MODEL_COLUMNS.contains(column)) {
                throw new IllegalArgumentException("no Models column '" + column + "'; known: "
                        + String.join(", ", DataTables.MODEL_COLUMNS));
            }
        }
    }

    /**
     * Text with year placeholders: {@code {from}} and {@code {to}} (the edition's first and last year),
     * {@code {last}} (= {@code {to}}), {@code {next}} (the year after), each with an optional offset
     * such as {@code {last-1}}.
     */
    record Template(String text) {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{(from|to|last|next)([+-][0-9]{1,3})?}");

        /** Rejects braces that are not a placeholder (the file reader adds file and line). */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Template {
            String rest = PLACEHOLDER.matcher(text).replaceAll("");
            if (rest.contains("{") || rest.contains("}")) {
                throw new IllegalArgumentException("'" + text + "' has an unknown placeholder; known: {from}, {to}, "
                        + "{last}, {next}, each with an optional offset such as {last-1}");
            }
        }

        /** The text with every placeholder replaced by its year. */
        public String in(Edition edition) {
            Matcher m = PLACEHOLDER.matcher(text);
            return m.replaceAll(r -> Integer.toString(year(edition, r.group(1), r.group(2))));
        }

        static int year(Edition e, String name, String offset) {
            int base = switch (name) {
                case "from" -> e.firstYear();
                case "next" -> e.lastYear() + 1;
                default -> e.lastYear();
            };
            return base + (offset == null ? 0 : Integer.parseInt(offset));
        }
    }

    /** A year: a number such as {@code 2024} or one placeholder such as {@code "{last}"}. */
    record Year(String text) {
        private static final Pattern ONE = Pattern.compile("[0-9]{4}|\\{(from|to|last|next)([+-][0-9]{1,3})?}");

        /** Rejects anything but a four-digit year or one placeholder (the file reader adds file and line). */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        public Year {
            if (!ONE.matcher(text).matches()) {
                throw new IllegalArgumentException("'" + text + "' is not a year; give a year such as 2024 or one "
                        + "placeholder such as \"{last}\" or \"{last-1}\"");
            }
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Year of(int year) {
            return new Year(Integer.toString(year));
        }

        /** The year this stands for in an edition. */
        public int in(Edition edition) {
            Matcher m = ONE.matcher(text);
            m.matches();
            return m.group(1) == null ? Integer.parseInt(text) : Template.year(edition, m.group(1), m.group(2));
        }
    }
}
