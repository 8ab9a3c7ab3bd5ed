package org.modelcensus.workbook;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How to have LibreOffice headless recalculate a template workbook: by default it keeps the cached
 * values of an .xlsx on load, so the conversion runs with a private profile whose setting
 * {@code OOXMLRecalcMode = 0} recalculates every formula. Used by the parity tests and by
 * {@code census bench-workbook}.
 */
public final class LibreOfficeRecalc {
    private static final String RECALC_ALWAYS = """
            <?xml version="1.0" encoding="UTF-8"?>
            <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse">\
            <value>0</value></prop></item>
            </oor:items>
            """;

    private LibreOfficeRecalc() {
    }

    /** The installed {@code soffice}, or null. */
    public static Path soffice() {
        for (String candidate : List.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/local/bin/soffice")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        return null;
    }

    /** Makes {@code dir} a LibreOffice profile that recalculates every formula on load, and returns it. */
    public static Path recalculatingProfile(Path dir) throws IOException {
        return recalculatingProfile(dir, null);
    }

    /**
     * The same, with LibreOffice's locale set to a BCP 47 tag such as {@code de-DE} (decimal comma), or
     * the system's when null: the locale decides how text such as {@code "86.2"} reads as a number.
     */
    public static Path recalculatingProfile(Path dir, String locale) throws IOException {
        Path user = Files.createDirectories(dir.resolve("user"));
        String settings = RECALC_ALWAYS;
        if (locale != null) {
            settings = settings.replace("</oor:items>", "<item oor:path=\"/org.openoffice.Setup/L10N\">"
                    + "<prop oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>" + locale + "</value></prop></item>\n"
                    + "<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooLocale\" oor:op=\"fuse\"><value>"
                    + locale + "</value></prop></item>\n</oor:items>");
        }
        Files.writeString(user.resolve("registrymodifications.xcu"), settings, StandardCharsets.UTF_8);
        return dir;
    }

    /**
     * The command that opens each workbook with {@code profile}, recalculating it, and saves it as
     * {@code outDir/<same name>.<format>} ({@code xlsx}, {@code pdf}, ...), in one process.
     */
    public static List<String> convert(Path soffice, Path profile, List<Path> workbooks, Path outDir, String format) {
        List<String> command = new ArrayList<>(List.of(soffice.toString(), "--headless", "--norestore",
                "--nolockcheck", "--nodefault", "-env:UserInstallation=" + profile.toUri(), "--convert-to", format,
                "--outdir", outDir.toString()));
        workbooks.forEach(w -> command.add(w.toString()));
        return command;
    }
}
