package org.modelcensus.functions.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.dataset.EpochCsv;
import org.modelcensus.functions.dataset.Field;
import org.modelcensus.functions.dataset.ModelRecord;
import org.modelcensus.functions.dataset.Snapshot;
import org.modelcensus.functions.edition.Edition;
import org.modelcensus.functions.normalize.NormalizedDataset;
import org.modelcensus.functions.query.CellKey;

/** Columns are read by name: the 2026 snapshot shuffled, with CRLF and an unknown column, gives the same tables. */
class ColumnLayoutIndependenceTest {
    private static final String EXTRA = "Column Epoch may add (unknown)";

    @ParameterizedTest
    @ValueSource(strings = {"spri-2024", "spri-2025"})
    void shuffledColumnsCrlfAndAnExtraColumnGiveIdenticalTables(String edition) throws IOException {
        Snapshot original = EpochCsv.read(RealSnapshots.path(RealSnapshots.FEB_2026));
        Snapshot changed = EpochCsv.parse("shuffled.csv", shuffledCrlfWithExtraColumn().getBytes(UTF_8));
        Map<CellKey, Object> expected = values(original, edition);
        assertTrue(expected.size() > 100, "cells: " + expected.size());
        assertEquals(expected, values(changed, edition));
    }

    @Test
    void shuffledColumnsCrlfAndAnExtraColumnGiveIdenticalRecords() throws IOException {
        Snapshot original = EpochCsv.read(RealSnapshots.path(RealSnapshots.FEB_2026));
        Snapshot changed = EpochCsv.parse("shuffled.csv", shuffledCrlfWithExtraColumn().getBytes(UTF_8));
        assertEquals(fields(original), fields(changed));
        assertEquals(original.provenance().generation(), changed.provenance().generation());
        assertEquals(original.provenance().missingFields(), changed.provenance().missingFields());
        assertTrue(changed.provenance().unusedColumns().contains(EXTRA));
    }

    private static Map<CellKey, Object> values(Snapshot snapshot, String edition) {
        Map<CellKey, Object> out = new LinkedHashMap<>();
        Reports.build(NormalizedDataset.of(snapshot, Edition.of(edition))).evaluate()
                .forEach(c -> out.put(c.key(), c.value()));
        return out;
    }

    private static List<List<String>> fields(Snapshot snapshot) {
        List<List<String>> out = new ArrayList<>();
        for (ModelRecord m : snapshot.models()) {
            out.add(List.of(Field.values()).stream().map(m::get).toList());
        }
        return out;
    }

    /** The 2026 file with its columns in a fixed random order, an unknown column in the middle, and CRLF breaks. */
    private static String shuffledCrlfWithExtraColumn() throws IOException {
        String text = Files.readString(RealSnapshots.path(RealSnapshots.FEB_2026), UTF_8);
        List<CSVRecord> records = CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i <= records.get(0).size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, new Random(2026));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (int r = 0; r < records.size(); r++) {
                List<String> row = new ArrayList<>(records.get(r).toList());
                row.add(r == 0 ? EXTRA : "extra " + r);
                printer.printRecord(order.stream().map(row::get).toList());
            }
        }
        return out.toString().replace("\r\n", "\n").replace("\n", "\r\n");
    }
}
