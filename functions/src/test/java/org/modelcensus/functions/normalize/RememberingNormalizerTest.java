package org.modelcensus.functions.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.query.LongTable;

/** A remembering normalizer makes of each snapshot what a fresh one makes, whatever it normalized before. */
class RememberingNormalizerTest {
    @Test
    void normalizesEachSnapshotAsAFreshNormalizerDoes() {
        Snapshot base = EpochCsv.read(RealSnapshots.path(RealSnapshots.MAY_2025));
        Mappings mappings = Mappings.builtIn(Edition.of("spri-2025"));
        List<ModelRecord> records = base.models();
        int sole = soleOrganisationRecord(records);

        List<ModelRecord> removed = new ArrayList<>(records);
        removed.remove(10);
        List<ModelRecord> moved = new ArrayList<>(records);
        // The only model of its organisation counted elsewhere: the organisation's own countries change.
        moved.set(sole, records.get(sole).with(Field.COUNTRY.column(), "Finland"));
        List<ModelRecord> added = new ArrayList<>(records);
        added.add(records.get(0).with(Field.NAME.column(), "An added model"));
        List<ModelRecord> undated = new ArrayList<>(records);
        undated.set(3, records.get(3).with(Field.PUBLICATION_DATE.column(), ""));

        Normalizer remembering = Normalizer.remembering(mappings);
        for (List<ModelRecord> models : List.of(records, undated, removed, records, moved, added, records)) {
            Snapshot s = base.withModels(models);
            NormalizedDataset fresh = new Normalizer(mappings).normalize(s);
            NormalizedDataset again = remembering.normalize(s);
            assertEquals(fresh.models(), again.models());
            assertEquals(fresh.tables().keySet(), again.tables().keySet());
            for (String name : fresh.tables().keySet()) {
                assertEquals(rows(fresh.table(name)), rows(again.table(name)), name);
            }
        }
        // The organisation moved with its model: its other rows' countries are made anew, not remembered.
        assertNotEquals(rows(new Normalizer(mappings).normalize(base).table(DataTables.COUNTRIES)),
                rows(new Normalizer(mappings).normalize(base.withModels(moved)).table(DataTables.COUNTRIES)));
        // And what is the same is remembered: the same record at the same row is the same model.
        NormalizedModel first = remembering.normalize(base).models().get(5);
        assertSame(first, remembering.normalize(base.withModels(undated)).models().get(5));
    }

    /** A record whose organisation has no other model and no country rule, dated, with a country: moving it moves the organisation. */
    private static int soleOrganisationRecord(List<ModelRecord> records) {
        for (int i = 0; i < records.size(); i++) {
            String org = records.get(i).get(Field.ORGANIZATION);
            String country = records.get(i).get(Field.COUNTRY);
            if (org.isBlank() || org.contains(",") || country.isBlank() || country.contains(",")
                    || country.equals("Finland")) {
                continue;
            }
            long same = records.stream().filter(r -> r.get(Field.ORGANIZATION).equals(org)).count();
            if (same == 1) {
                return i;
            }
        }
        throw new AssertionError("no organisation with one model");
    }

    private static List<List<Object>> rows(LongTable t) {
        List<List<Object>> out = new ArrayList<>();
        t.rows().forEach(r -> out.add(Arrays.asList(r)));
        return out;
    }
}
