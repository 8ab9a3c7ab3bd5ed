package org.modelcensus.server.http;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A real full disk for tests: a small tmpfs mounted on a directory (needs root, as the CI machine
 * runs). Tests are skipped where mounting is not allowed, except under {@code CI=true} as root,
 * where it must work.
 */
final class TinyDisk {
    private static final String FILLER = "filler.bin";

    private TinyDisk() {
    }

    /** Mounts a tmpfs of {@code size} (e.g. {@code "1m"}) on {@code dir}, or skips the test. */
    static void mount(Path dir, String size) throws IOException, InterruptedException {
        boolean mounted = run("mount", "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        if (!mounted && "true".equals(System.getenv("CI")) && "root".equals(System.getProperty("user.name"))) {
            fail("CI runs as root, so mounting a tmpfs on " + dir + " should work");
        }
        assumeTrue(mounted, "cannot mount a tmpfs here (not root?): the full-disk test needs one");
    }

    static void unmount(Path dir) throws IOException, InterruptedException {
        run("umount", dir.toString());
    }

    /** Writes a filler file until the disk is full, then frees {@code freeBytes} of it. */
    static void fill(Path dir, long freeBytes) throws IOException {
        Path filler = dir.resolve(FILLER);
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[64 * 1024];
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // "No space left on device": full, as wanted.
        }
        try (FileChannel channel = FileChannel.open(filler, StandardOpenOption.WRITE)) {
            channel.truncate(Math.max(0, channel.size() - freeBytes));
        }
    }

    static void unfill(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILLER));
    }

    /** The names of the files in {@code dir}, sorted. */
    static Set<String> files(Path dir) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().transferTo(OutputStream.nullOutputStream());
            return p.waitFor() == 0;
        } catch (IOException noSuchCommand) {
            return false;
        }
    }
}
