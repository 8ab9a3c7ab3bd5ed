package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.xmlbeans.SchemaType;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;
import org.openxmlformats.schemas.drawingml.x2006.spreadsheetDrawing.WsDrDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.SstDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.StyleSheetDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.TableDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorksheetDocument;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.edition.Edition;

/**
 * Every XML part of the workbook (workbook, sheets, Tables, drawings, charts, styles) is valid
 * against the ECMA-376 schemas, with which Excel checks a file before offering to repair it.
 * (Excel itself is not available here; LibreOffice opening the files is tested by the parity test.)
 */
class OoxmlSchemaTest {
    /**
     * {@code <t xml:space="preserve">} keeps a text's leading or trailing spaces; Excel writes it in
     * its own files, but the compiled schema does not declare the attribute on {@code t}.
     */
    private static final String XML_SPACE_ON_TEXT = "space@http://www.w3.org/XML/1998/namespace in element t@";

    @TempDir
    Path dir;

    static List<Workbooks.Case> cases() {
        return List.of(new Workbooks.Case("synthetic", Edition.of("spri-2024")),
                new Workbooks.Case(RealSnapshots.MAY_2025, Edition.of("spri-2025")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyXmlPartIsValidOoxml(Workbooks.Case c) throws Exception {
        Path file = dir.resolve(c.fileName());
        Workbooks.write(c.input(), file);
        List<String> errors = new ArrayList<>();
        Map<String, Integer> validated = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                String name = entry.getName();
                // Package plumbing (content types, relationships, document properties) is OPC, not SpreadsheetML.
                if (!name.startsWith("xl/") || !name.endsWith(".xml")) {
                    continue;
                }
                XmlObject xml;
                try (InputStream in = zip.getInputStream(entry)) {
                    xml = parse(name, in);
                }
                if (isUntyped(xml.schemaType())) {
                    errors.add(name + ": no schema type for its root element");
                    continue;
                }
                List<XmlError> found = new ArrayList<>();
                if (!xml.validate(new XmlOptions().setErrorListener(found))) {
                    found.stream().map(XmlError::getMessage).filter(m -> !m.contains(XML_SPACE_ON_TEXT))
                            .forEach(m -> errors.add(name + ": " + m));
                }
                // xl/worksheets/sheet3.xml counts as "worksheets", xl/styles.xml as "styles.xml".
                String kind = name.indexOf('/', 3) > 0 ? name.substring(3, name.indexOf('/', 3)) : name.substring(3);
                validated.merge(kind, 1, Integer::sum);
            }
        }
        assertEquals(List.of(), errors.subList(0, Math.min(20, errors.size())), errors.size() + " schema errors");
        assertTrue(validated.keySet().containsAll(List.of("workbook.xml", "styles.xml", "worksheets", "tables", "charts",
                "drawings")), "validated: " + validated);
    }

    /** The part as its schema's document type, chosen by where the part sits in the package. */
    private static XmlObject parse(String name, InputStream in) throws Exception {
        if (name.startsWith("xl/worksheets/")) {
            return WorksheetDocument.Factory.parse(in);
        }
        if (name.startsWith("xl/tables/")) {
            return TableDocument.Factory.parse(in);
        }
        if (name.startsWith("xl/charts/")) {
            return ChartSpaceDocument.Factory.parse(in);
        }
        if (name.startsWith("xl/drawings/")) {
            return WsDrDocument.Factory.parse(in);
        }
        return switch (name) {
            case "xl/workbook.xml" -> WorkbookDocument.Factory.parse(in);
            case "xl/styles.xml" -> StyleSheetDocument.Factory.parse(in);
            case "xl/sharedStrings.xml" -> SstDocument.Factory.parse(in);
            default -> throw new AssertionError("a part this test does not know: " + name);
        };
    }

    private static boolean isUntyped(SchemaType type) {
        return type == null || type.isNoType() || XmlObject.type.equals(type);
    }
}
