package org.modelcensus.workbook;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;

/**
 * LibreOffice headless as an independent formula engine: converts workbooks to .xlsx with a
 * private profile whose setting {@code OOXMLRecalcMode = 0} makes it recalculate every formula on
 * load (by default it keeps the cached values of an .xlsx, and a test would compare the file with
 * itself). Missing LibreOffice skips a test on a developer machine and fails it under {@code CI=true}.
 */
final class LibreOffice {
    private LibreOffice() {
    }

    static Path soffice() {
        Path soffice = LibreOfficeRecalc.soffice();
        if (soffice != null) {
            return soffice;
        }
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail("CI=true but LibreOffice (soffice) is not installed; .ci/run installs libreoffice-calc-nogui");
        }
        assumeTrue(false, "LibreOffice is not installed");
        return null;
    }

    /** A result of {@link #convert}: the files written and how long LibreOffice took. */
    record Converted(List<Path> files, long millis) {
    }

    /**
     * Opens each workbook in LibreOffice, recalculates every formula and saves it as
     * {@code outDir/<same name>} in the given format ({@code xlsx}, {@code pdf}, ...), in one process.
     */
    static Converted convert(List<Path> workbooks, Path outDir, String format) throws IOException, InterruptedException {
        return convert(workbooks, outDir, format, null);
    }

    /** The same in a LibreOffice whose locale is {@code locale} (e.g. {@code de-DE}), or the system's when null. */
    static Converted convert(List<Path> workbooks, Path outDir, String format, String locale)
            throws IOException, InterruptedException {
        Path profile = LibreOfficeRecalc.recalculatingProfile(Files.createTempDirectory("census-lo-profile"), locale);
        Files.createDirectories(outDir);
        List<String> command = LibreOfficeRecalc.convert(soffice(), profile, workbooks, outDir, format);
        Path log = Files.createTempFile("census-lo", ".log");
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(15, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            Assertions.fail("LibreOffice did not finish in 15 minutes: " + Files.readString(log));
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        String output = Files.readString(log);
        Assertions.assertEquals(0, p.exitValue(), "soffice failed: " + output);
        List<Path> out = new ArrayList<>();
        String extension = format.contains(":") ? format.substring(0, format.indexOf(':')) : format;
        for (Path w : workbooks) {
            String name = w.getFileName().toString();
            Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + "." + extension);
            Assertions.assertTrue(Files.isRegularFile(converted), "LibreOffice wrote no " + converted + ": " + output);
            out.add(converted);
        }
        return new Converted(out, millis);
    }
}
