package org.modelcensus.functions.dataset;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates an Epoch-like CSV (2025 schema, every column) of any size, for benchmarks and for
 * tests that need volume or hostile text. The shape is realistic: years 2018-2025 growing,
 * organisations Zipf-distributed with some joint models, multi-valued domains and tasks, country
 * lists aligned with organisations (including {@code Multinational}), blanks. About 3% of names are
 * hostile: a leading {@code = + - @} or tab, quotes, commas, line breaks, non-ASCII. The output is
 * the same for the same {@code n} and seed.
 *
 * <p>Example: {@code EpochCsv.parse("synthetic", SyntheticSnapshot.generate(100_000, 1), false)}
 */
public final class SyntheticSnapshot {
    /** The 2025 header, in Epoch's column order. */
    public static final List<String> HEADER = List.of("Model", "Domain", "Task", "Authors", "Model accessibility",
            "Link", "Citations", "Reference", "Publication date", "Organization", "Parameters", "Parameters notes",
            "Training compute (FLOP)", "Training compute notes", "Training dataset", "Training dataset notes",
            "Training dataset size (datapoints)", "Dataset size notes", "Training time (hours)", "Training time notes",
            "Training hardware", "Confidence", "Abstract", "Country (of organization)", "Base model",
            "Finetune compute (FLOP)", "Finetune compute notes", "Hardware quantity", "Training code accessibility",
            "Accessibility notes", "Organization categorization (from Organization)");

    private static final Map<String, Integer> COLUMN = new HashMap<>();

    static {
        for (int i = 0; i < HEADER.size(); i++) {
            COLUMN.put(HEADER.get(i), i);
        }
    }

    private static final int[] YEAR_WEIGHTS = {2, 3, 4, 6, 12, 30, 33, 10};
    private static final String[] DOMAINS = {"Language", "Vision", "Image generation", "Video", "Speech", "Audio",
        "Biology", "Robotics", "Mathematics", "Earth science"};
    private static final int[] DOMAIN_WEIGHTS = {78, 5, 6, 3, 2, 1, 2, 1, 1, 1};
    private static final String[] TASKS = {"Language modeling/generation", "Chat", "Code generation",
        "Question answering", "Translation", "Quantitative reasoning", "Visual question answering",
        "Image generation", "Text-to-image", "Video generation", "Image captioning", "Text summarization",
        "Text classification", "Image classification", "Speech recognition", "Speech synthesis",
        "Code autocompletion", "Language modeling", "Text autocompletion", "Protein generation",
        "Mathematical reasoning", "Search"};
    private static final int[] TASK_WEIGHTS = {40, 18, 14, 12, 9, 5, 4, 3, 2, 2, 2, 2, 1, 1, 1, 1, 2, 3, 1, 1, 2, 1};
    private static final String[] COUNTRIES = {"United States of America", "China", "Korea (Republic of)", "France",
        "United Kingdom of Great Britain and Northern Ireland", "Japan", "Germany", "Canada", "Israel", "Hong Kong",
        "United Arab Emirates", "Russia", "Singapore", "Finland", "Saudi Arabia", "Multinational", "Netherlands"};
    private static final int[] COUNTRY_WEIGHTS = {400, 320, 50, 40, 30, 20, 20, 20, 10, 10, 10, 10, 5, 5, 5, 30, 15};
    private static final String[] CATEGORIES = {"Industry", "Academia", "Government", "Research collective",
        "Non-profit"};
    private static final int[] CATEGORY_WEIGHTS = {80, 12, 4, 3, 1};
    private static final String[] KNOWN_ORGS = {"Google DeepMind", "Meta AI", "OpenAI", "Alibaba", "Google",
        "Anthropic", "NVIDIA", "Microsoft Research", "DeepSeek", "ByteDance", "NAVER", "LG AI Research", "Samsung",
        "KT", "NCSOFT", "Konan Technology", "Mistral AI", "Technology Innovation Institute", "Tsinghua University",
        "Peking University", "Hugging Face", "BigScience", "Stability AI", "SenseTime", "Shanghai AI Lab",
        "Beijing Academy of Artificial Intelligence / BAAI", "Beijing Kunlun Tech Co., Ltd. (APUS)", "xAI"};
    private static final String[] HARDWARE = {"NVIDIA H100 SXM5 80GB", "NVIDIA A100", "NVIDIA A100 SXM4 40 GB",
        "Google TPU v4", "Google TPU v5p", "NVIDIA H800", "Huawei Ascend 910"};
    private static final String[] ACCESS = {"API access", "Open weights (unrestricted)", "Open weights (restricted use)",
        "", "Unreleased", "Open weights (non-commercial)", "Hosted access (no API)"};
    private static final String[] CONFIDENCE = {"Confident", "Likely", "Unknown", "Speculative", "Unverified", ""};
    private static final String[] HOSTILE = {"=HYPERLINK(\"http://x\",\"y\") %d", "+%d plus model", "-%d",
        "@model %d", "\"Quoted\" model, with comma %d", "Model with\nline break %d", "Model with\r\nCRLF %d",
        "\tTabbed model %d", "모델 %d — ünïcödé 模型", "=1+%d", "-%d.5E+3 model", "\rCR-led model %d"};

    private final Random random;
    private final List<String[]> orgs = new ArrayList<>();

    private SyntheticSnapshot(int n, long seed) {
        this.random = new Random(seed);
        int size = Math.max(KNOWN_ORGS.length + 12, n / 20);
        for (int i = 0; i < size; i++) {
            String name = i < KNOWN_ORGS.length ? KNOWN_ORGS[i] : syntheticOrgName(i);
            orgs.add(new String[] {name, pick(COUNTRIES, COUNTRY_WEIGHTS), pick(CATEGORIES, CATEGORY_WEIGHTS)});
        }
    }

    /** A CSV of {@code n} models (UTF-8, header first, LF line ends), the same bytes for the same arguments. */
    public static byte[] generate(int n, long seed) {
        if (n < 0) {
            throw new IllegalArgumentException("the number of models must be >= 0, not " + n);
        }
        SyntheticSnapshot g = new SyntheticSnapshot(n, seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream(n * 640 + 1024);
        StringBuilder line = new StringBuilder(1024);
        g.writeRow(line, HEADER.toArray(String[]::new), out);
        String[] row = new String[HEADER.size()];
        for (int i = 1; i <= n; i++) {
            g.fill(row, i);
            g.writeRow(line, row, out);
        }
        return out.toByteArray();
    }

    private void fill(String[] row, int i) {
        List<String[]> team = team();
        String year = Integer.toString(2018 + pickIndex(YEAR_WEIGHTS));
        boolean dated = random.nextInt(200) != 0;
        set(row, "Model", name(i));
        set(row, "Domain", String.join(",", domains()));
        set(row, "Task", String.join(",", tasks()));
        set(row, "Authors", chance(50) ? "A. Author, B. Autor, Ç. Ñame" : "");
        set(row, "Model accessibility", ACCESS[random.nextInt(ACCESS.length)]);
        set(row, "Link", "https://example.org/models/" + i);
        set(row, "Citations", chance(30) ? Integer.toString(random.nextInt(5000)) : "");
        set(row, "Reference", "Synthetic report " + i + ": \"scaling\", again");
        set(row, "Publication date", dated ? String.format(Locale.ROOT, "%s-%02d-%02d", year,
                1 + random.nextInt(12), 1 + random.nextInt(28)) : "");
        set(row, "Organization", join(team, 0));
        set(row, "Country (of organization)", join(team, 1));
        set(row, "Organization categorization (from Organization)", join(team, 2));
        set(row, "Parameters", chance(80) ? number(1e9, 2e12, i % 2 == 0 ? "%.1f" : "%.2E") : "");
        set(row, "Parameters notes", chance(30) ? "Number of layers: 94, \"experts\": 128\nactive: 22B" : "");
        set(row, "Training compute (FLOP)", chance(92) ? number(1e23, 6e25, "%.4e") : "");
        set(row, "Training compute notes", chance(40) ? "6 FLOP / parameter / token * 22e9 * 3.6e13 = 4.752e+24" : "");
        set(row, "Training dataset", chance(60) ? "Unspecified unreleased" : "");
        set(row, "Training dataset notes", chance(20) ? "Pre-trained on ~18T tokens, in 119 languages; \"web\" data" : "");
        set(row, "Training dataset size (datapoints)", chance(60) ? number(1e11, 4e13, "%.1f") : "");
        set(row, "Dataset size notes", chance(30) ? "36T" : "");
        set(row, "Training time (hours)", chance(20) ? Integer.toString(100 + random.nextInt(5000)) : "");
        set(row, "Training time notes", "");
        set(row, "Training hardware", chance(45) ? hardware() : "");
        set(row, "Confidence", CONFIDENCE[random.nextInt(CONFIDENCE.length)]);
        set(row, "Abstract", chance(60) ? "We present model " + i + ", which beats \"baselines\" on many tasks,\n"
                + "including Korean (한국어) and Chinese (中文) benchmarks." : "");
        set(row, "Base model", chance(10) ? "Synthetic model " + Math.max(1, i - 1) : "");
        set(row, "Finetune compute (FLOP)", chance(5) ? number(1e21, 1e23, "%.3e") : "");
        set(row, "Finetune compute notes", "");
        set(row, "Hardware quantity", chance(30) ? Integer.toString(8 << random.nextInt(12)) : "");
        set(row, "Training code accessibility", chance(60) ? "Unreleased" : "");
        set(row, "Accessibility notes", chance(20) ? "Apache 2.0\n\nhttps://example.org/weights" : "");
    }

    private static void set(String[] row, String column, String value) {
        row[COLUMN.get(column)] = value;
    }

    private String name(int i) {
        if (chance(3)) {
            return String.format(Locale.ROOT, HOSTILE[random.nextInt(HOSTILE.length)], i);
        }
        return "Synthetic model " + i + (chance(50) ? " " + (1 + random.nextInt(400)) + "B" : "");
    }

    private static String syntheticOrgName(int i) {
        return switch (i % 10) {
            case 0 -> "연구소 " + i;
            case 1 -> "实验室 " + i;
            case 2 -> "Lab Ünïcode " + i;
            case 3 -> "Example " + i + " Co., Ltd.";
            case 4 -> "=Org " + i;
            case 5 -> "@Lab " + i;
            default -> "Synthetic Lab " + i;
        };
    }

    /** One organisation mostly; two or more for about one model in seven. */
    private List<String[]> team() {
        int r = random.nextInt(1000);
        int size = r < 860 ? 1 : r < 970 ? 2 : r < 995 ? 3 : 4 + random.nextInt(5);
        List<String[]> team = new ArrayList<>(size);
        for (int k = 0; k < size; k++) {
            team.add(orgs.get((int) (orgs.size() * StrictMath.pow(random.nextDouble(), 2.5))));
        }
        return team;
    }

    private static String join(List<String[]> team, int field) {
        StringBuilder b = new StringBuilder();
        for (String[] org : team) {
            b.append(b.length() == 0 ? "" : ",").append(org[field]);
        }
        return b.toString();
    }

    private List<String> domains() {
        Set<String> out = new LinkedHashSet<>();
        if (chance(12)) {
            out.add("Multimodal");
        }
        if (random.nextInt(200) == 0) {
            return List.of();
        }
        out.add(pick(DOMAINS, DOMAIN_WEIGHTS));
        while (chance(15)) {
            out.add(DOMAINS[1 + random.nextInt(DOMAINS.length - 1)]);
        }
        return List.copyOf(out);
    }

    private List<String> tasks() {
        int r = random.nextInt(100);
        int count = r < 2 ? 0 : r < 37 ? 1 : r < 62 ? 2 : r < 77 ? 3 : r < 87 ? 4 : 5 + random.nextInt(3);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            out.add(pick(TASKS, TASK_WEIGHTS));
        }
        return List.copyOf(out);
    }

    private String hardware() {
        String first = HARDWARE[random.nextInt(HARDWARE.length)];
        return chance(5) ? first + "," + HARDWARE[random.nextInt(HARDWARE.length)] : first;
    }

    /** Log-uniform in [low, high), in one of Epoch's number spellings. */
    private String number(double low, double high, String format) {
        double v = low * StrictMath.exp(random.nextDouble() * StrictMath.log(high / low));
        return String.format(Locale.ROOT, format, format.endsWith("f") ? Math.rint(v) : v);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private String pick(String[] values, int[] weights) {
        return values[pickIndex(weights)];
    }

    private int pickIndex(int[] weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private void writeRow(StringBuilder line, String[] values, ByteArrayOutputStream out) {
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            String v = values[i];
            boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
            line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
        }
        line.append('\n');
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
    }
}
