package org.modelcensus.functions.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.modelcensus.functions.check.Ledger;
import org.modelcensus.functions.corrections.Corrections;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.Mappings;
import org.modelcensus.functions.normalize.OrgAliases;
import org.modelcensus.functions.normalize.OrgCategories;

/**
 * What a {@link Run} makes of a snapshot: an edition, the directory whose mapping CSVs replace the
 * built-in ones, an all-models export that types organisations, the analyst corrections applied in
 * order, and the explanation ledger (null for each: the built-in one, or none). Equal recipes make equal runs.
 *
 * <p>Example: {@code Recipe.of(Edition.resolve(null)).withCorrections(List.of(Path.of("corrections/spri-2025-known-edits.csv")))}
 */
public record Recipe(Edition edition, Path mappings, Path orgs, List<Path> corrections, Path ledger) {
    public Recipe {
        Objects.requireNonNull(edition, "edition");
        corrections = List.copyOf(corrections);
    }

    /** The edition with the built-in mappings and ledger, no organisation export and no corrections. */
    public static Recipe of(Edition edition) {
        return new Recipe(edition, null, null, List.of(), null);
    }

    public Recipe withCorrections(List<Path> files) {
        return new Recipe(edition, mappings, orgs, files, ledger);
    }

    /** This recipe with a ledger file of one's own (null: the edition's built-in ledger). */
    public Recipe withLedger(Path file) {
        return new Recipe(edition, mappings, orgs, corrections, file);
    }

    /** The mappings of the edition, with {@code mappings} overrides and {@code orgs} types. */
    Mappings loadMappings() {
        OrgCategories types = orgs == null ? null : OrgCategories.read(orgs, OrgAliases.load(mappings));
        return Mappings.load(edition, mappings, types);
    }

    List<Corrections> loadCorrections() {
        return corrections.stream().map(Corrections::load).toList();
    }

    Ledger loadLedger() {
        return ledger == null ? Ledger.builtIn(edition) : Ledger.load(ledger, edition);
    }
}
