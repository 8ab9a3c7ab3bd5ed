package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.time.Instant;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.drawingml.x2006.chart.ChartSpaceDocument;

/** The chart writer's text: escaped, valid against the chart schema, and read back by POI as the chart it describes. */
class ChartXmlTest {
    private static final String SHEET = "T1";

    private static ChartXml.Series series(String name, List<String> categories, Double... values) {
        return new ChartXml.Series("'T1'!$B$1", name, "'T1'!$A$2:$A$" + (1 + categories.size()), categories,
                "'T1'!$B$2:$B$" + (1 + categories.size()), Arrays.asList(values));
    }

    @Test
    void textIsEscapedAndCharactersXmlCannotHoldAreReplaced() throws Exception {
        String xml = new ChartXml().title("R&D <AI> \u0001 end")
                .bars(false, List.of(series("A & B", List.of("x<y", "tab\there"), 1.0, 2.0))).chartSpace();
        assertTrue(xml.contains("<a:t>R&amp;D &lt;AI&gt; ? end</a:t>"), xml);
        assertTrue(xml.contains("<c:v>A &amp; B</c:v>"), xml);
        assertTrue(xml.contains("<c:v>x&lt;y</c:v>"), xml);
        assertValid(xml);
    }

    @Test
    void aBlankValueKeepsItsPlaceAndHasNoPoint() throws Exception {
        String xml = new ChartXml().title("t").bars(true, List.of(series("n", List.of("a", "b", "c"), 1.0, null, 3.0)))
                .chartSpace();
        assertTrue(xml.contains("<c:numCache><c:ptCount val=\"3\"/><c:pt idx=\"0\"><c:v>1.0</c:v></c:pt>"
                + "<c:pt idx=\"2\"><c:v>3.0</c:v></c:pt></c:numCache>"), xml);
        assertTrue(xml.contains("<c:barDir val=\"bar\"/>") && xml.contains("<c:orientation val=\"maxMin\"/>"),
                "horizontal bars list the first category at the top: " + xml);
        assertValid(xml);
    }

    @Test
    void barsWithALineAndAPieAreValidCharts() throws Exception {
        List<String> years = List.of("2020", "2021");
        assertValid(new ChartXml().titleFrom("'T1'!$B$9", "title (CAGR 1.0%)")
                .bars(false, List.of(series("models", years, 2.0, 9.0)))
                .lineOnRightAxis(series("share", years, 0.5, 0.25), 1).legend("b").chartSpace());
        assertValid(new ChartXml().title("pie").pie(series("계", List.of("solo", "joint"), 255.0, 27.0)).legend("r")
                .chartSpace());
    }

    /** Added to a sheet, the parts are related as POI relates them: POI reads the chart back with its series. */
    @Test
    void addedChartIsReadBackByPoi() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        XlsxWorkbook wb = new XlsxWorkbook(10);
        XlsxSheet sheet = wb.createSheet(SHEET);
        new ChartXml().title("first").bars(false, List.of(series("n", List.of("a", "b"), 1.0, 2.0)))
                .addTo(sheet, 3, 1, 12, 21);
        assertThrows(IllegalStateException.class, () -> new ChartXml().title("again").addTo(sheet, 0, 0, 1, 1),
                "a sheet holds one drawing");
        XlsxSheet second = wb.createSheet("T2");
        assertThrows(IllegalStateException.class, () -> new ChartXml().title("late").addTo(sheet, 0, 0, 1, 1),
                "a sheet is finished when the next is made");
        new ChartXml().title("second").pie(series("n", List.of("a", "b"), 1.0, 2.0)).addTo(second, 0, 0, 9, 20);
        wb.write(bytes, Instant.EPOCH, "test");
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            List<String> titles = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                List<XSSFChart> charts = read.getSheetAt(i).getDrawingPatriarch().getCharts();
                assertEquals(1, charts.size());
                titles.add(charts.get(0).getTitleText().getString());
                assertEquals(1, charts.get(0).getChartSeries().get(0).getSeriesCount());
            }
            assertEquals(List.of("first", "second"), titles);
            var anchor = read.getSheetAt(0).getDrawingPatriarch().getShapes().get(0).getAnchor();
            assertEquals(3, ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) anchor).getCol1());
            assertEquals(21, ((org.apache.poi.xssf.usermodel.XSSFClientAnchor) anchor).getRow2());
        }
    }

    private static void assertValid(String xml) throws Exception {
        XmlObject chart = ChartSpaceDocument.Factory.parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        List<XmlError> errors = new ArrayList<>();
        boolean valid = chart.validate(new XmlOptions().setErrorListener(errors));
        assertTrue(valid, errors.toString());
        assertFalse(xml.contains("\u0001"));
    }
}
