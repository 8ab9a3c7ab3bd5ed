package org.modelcensus.server.cli;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --lang ko|en} option of the commands whose output analysts read ({@code check}, {@code drift},
 * {@code import}, {@code unmapped}, {@code editions}): without it, the locale decides, as
 * {@code LC_ALL}, {@code LC_MESSAGES} or {@code LANG} name it (POSIX order); Korean for {@code ko_KR.UTF-8}
 * and any other {@code ko*} locale, English otherwise.
 *
 * <p>Example: {@code out.println(lang.text("변경된 셀", "changed cells"));}
 */
final class Lang {
    @Option(names = "--lang", paramLabel = "ko|en", description = "language of the output: ko (한국어) or en "
            + "(default: the locale, LANG=ko_KR.UTF-8 gives Korean)")
    void set(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!v.equals("ko") && !v.equals("en")) {
            throw new ParameterException(spec.commandLine(), "--lang takes ko or en, not '" + value + "'");
        }
        korean = v.equals("ko");
        chosen = true;
    }

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private boolean korean;
    private boolean chosen;

    /** True when the output is Korean: {@code --lang ko}, or no {@code --lang} and a Korean locale. */
    boolean korean() {
        return chosen ? korean : koreanLocale(System.getenv());
    }

    /** The Korean or the English text, by {@link #korean()}. */
    String text(String ko, String en) {
        return korean() ? ko : en;
    }

    /**
     * The charset of the terminal: UTF-8 when the locale names it ({@code LANG=ko_KR.UTF-8}), even where that
     * locale is not installed and the JVM would fall back to ASCII and print Hangul as {@code ?}; otherwise the
     * JVM's own choice (on Windows, the console's code page).
     */
    static Charset terminalCharset(Map<String, String> env) {
        String locale = firstSet(env, "LC_ALL", "LC_CTYPE", "LANG");
        return locale.contains("utf-8") || locale.contains("utf8") ? StandardCharsets.UTF_8 : stdoutCharset();
    }

    private static Charset stdoutCharset() {
        String name = System.getProperty("sun.stdout.encoding", System.getProperty("native.encoding"));
        try {
            return name == null ? Charset.defaultCharset() : Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    /** Whether the POSIX locale variables of {@code env} name a Korean locale (the first one set wins). */
    static boolean koreanLocale(Map<String, String> env) {
        return firstSet(env, "LC_ALL", "LC_MESSAGES", "LANG").startsWith("ko");
    }

    /** The first of the POSIX locale variables {@code names} that is set, lower-cased; "" when none is. */
    private static String firstSet(Map<String, String> env, String... names) {
        for (String name : names) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }
}
