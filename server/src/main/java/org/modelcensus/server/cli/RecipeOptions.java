package org.modelcensus.server.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.run.Recipe;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options that make a {@link Recipe}, shared by every data command and by {@code drift}: the edition
 * ({@code --report} or {@code --edition}), {@code --mappings}, {@code --orgs} and {@code --corrections}.
 */
final class RecipeOptions {
    @Option(names = "--report", paramLabel = "ID", description = "built-in report edition, as `census editions` "
            + "lists them (default: the newest with printed figures)")
    String report;

    @Option(names = "--edition", paramLabel = "FILE", description = "edition file (JSON) of one's own; overrides --report")
    Path editionFile;

    @Option(names = "--mappings", description = "directory whose mapping CSVs replace the built-in ones of the same name")
    Path mappings;

    @Option(names = "--corrections", paramLabel = "FILE",
            description = "analyst corrections CSV (action,model,field,value,reason) applied to the data before "
                    + "normalization; repeat to apply several files in order")
    List<Path> corrections = new ArrayList<>();

    @Option(names = "--orgs", paramLabel = "FILE", description = "Epoch all-models export (columns Organization, "
            + "Organization categorization): organisation types for organisations org_category.csv does not type, "
            + "used when the snapshot has no categorization for a model")
    Path orgs;

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private Recipe recipe;
    private boolean overridesNoted;

    /** The recipe of these options (read once); names the mapping files {@code --mappings} replaces on stderr. */
    Recipe recipe() {
        Recipe r = resolved();
        noteOverrides();
        return r;
    }

    /** Names on stderr, once, the mapping files {@code --mappings} replaces. */
    void noteOverrides() {
        if (!overridesNoted && mappings != null) {
            overridesNoted = true;
            PrintWriter err = command.commandLine().getErr();
            List<String> replaced = Mappings.overrides(mappings);
            err.println("# --mappings " + mappings + " replaces: "
                    + (replaced.isEmpty() ? "nothing (no mapping file in it)" : String.join(", ", replaced)));
            err.flush();
        }
    }

    /** The recipe of these options, read once and printing nothing: safe to ask for from another thread. */
    synchronized Recipe resolved() {
        if (recipe == null) {
            Edition edition = editionFile != null ? Edition.load(editionFile) : Edition.resolve(report);
            recipe = new Recipe(edition, mappings, orgs, corrections, null);
        }
        return recipe;
    }

    Edition edition() {
        return recipe().edition();
    }
}
