package org.modelcensus.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.modelcensus.functions.dataset.BadInputException;

/**
 * What opening a store does after a crash: deletes temp files and metadata whose data file never got
 * its final name (holding the {@link StoreLock}, so these are a dead writer's, never a live replica's),
 * deletes the upload spools of dead processes, checks every data file's hash against its name
 * (quarantining those that differ) and rebuilds missing metadata.
 */
final class StoreRecovery {
    private final SnapshotStore store;
    private final List<String> notes = new ArrayList<>();

    StoreRecovery(SnapshotStore store) {
        this.store = store;
    }

    /** Runs the clean-up and returns one note per file it changed. */
    List<String> run() throws IOException {
        List<Path> files = store.lock().hold(this::cleanUnfinished);
        notes.addAll(UploadSpool.cleanDead(store.dir()));
        for (Path file : files) {
            Optional<String> id = SnapshotStore.idOfDataFile(file.getFileName().toString());
            if (id.isPresent()) {
                check(id.get(), file);
            }
        }
        return List.copyOf(notes);
    }

    /** Deletes unfinished writes; the files left. Runs under the store lock: no live writer is mid-put. */
    private List<Path> cleanUnfinished() throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(store.dir())) {
            files = listing.filter(Files::isRegularFile).toList();
        }
        List<Path> left = new ArrayList<>();
        for (Path file : files) {
            if (!clean(file.getFileName().toString(), file)) {
                left.add(file);
            }
        }
        if (left.size() < files.size()) {
            DurableFiles.syncDirectory(store.dir());
        }
        return left;
    }

    private boolean clean(String name, Path file) throws IOException {
        if (name.startsWith(DurableFiles.TEMP_PREFIX)) {
            Files.deleteIfExists(file);
            notes.add("deleted the unfinished write " + name);
            return true;
        }
        Optional<String> id = SnapshotStore.idOf(name, SnapshotStore.INFO);
        if (id.isPresent() && !Files.exists(store.dataFile(id.get()))) {
            Files.deleteIfExists(file);
            notes.add("deleted the metadata of an unfinished put " + name);
            return true;
        }
        return false;
    }

    private void check(String id, Path file) throws IOException {
        String actual = Hashes.sha256(file);
        if (!actual.equals(id)) {
            store.quarantine(id);
            notes.add("quarantined " + file.getFileName() + ": its bytes hash to " + actual);
        } else if (!Files.exists(store.infoFile(id))) {
            try {
                store.rebuildInfo(id);
                notes.add("rebuilt the missing metadata of " + id);
            } catch (BadInputException e) {
                store.quarantine(id);
                notes.add("quarantined " + file.getFileName() + ": no metadata, and " + e.getMessage());
            }
        }
    }
}
