package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.modelcensus.functions.RealSnapshots;
import org.modelcensus.functions.edition.Edition;

/** No cell holds a number as text (Excel's green triangle): printed figures, years and counts are numbers. */
class NumbersAsNumbersTest {
    /** What Excel takes for a number when typed in: digits, a decimal point, an exponent. */
    static final Pattern NUMERIC = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    @TempDir
    Path dir;

    static List<Workbooks.Case> cases() {
        List<Workbooks.Case> out = new ArrayList<>();
        for (Edition e : Edition.builtIns()) {
            out.add(new Workbooks.Case("sample", e));
            out.add(new Workbooks.Case(RealSnapshots.MAY_2025, e));
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void noTextCellLooksLikeANumber(Workbooks.Case c) throws Exception {
        Path file = dir.resolve(c.fileName());
        Workbooks.write(c.input(), file);
        try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
            List<String> found = numericText(wb);
            System.out.printf("%s: %d numeric-looking text cells%n", c, found.size());
            assertEquals(List.of(), found.subList(0, Math.min(20, found.size())), found.size() + " numbers stored as text");
        }
    }

    /** The address and text of every plain text cell that reads as a number. */
    static List<String> numericText(XSSFWorkbook wb) {
        List<String> found = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell cell : r) {
                    if (cell.getCellType() == CellType.STRING && NUMERIC.matcher(cell.getStringCellValue().strip()).matches()) {
                        found.add(s.getSheetName() + "!" + cell.getAddress() + "=" + cell.getStringCellValue());
                    }
                }
            }
        }
        return found;
    }
}
