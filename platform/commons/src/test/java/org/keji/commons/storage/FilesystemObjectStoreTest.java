package org.keji.commons.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FilesystemObjectStoreTest extends ObjectStoreContract {

    private FilesystemObjectStore store;

    @BeforeEach
    void createStore() {
        store = new FilesystemObjectStore(temp.resolve("objects"));
    }

    @Override
    ObjectStore store() {
        return store;
    }

    @Override
    boolean answersOneWinnerOfARace() {
        return true;
    }

    @Override
    long objectCount() {
        return files().count();
    }

    @Test
    void shouldFanOutByTheFirstTwoBytePairsAndLeaveNoTemporaryFile() throws IOException {
        StoredContent content = spool(uniqueBytes());
        store.putIfAbsent(content.sha256(), content.path(), content.size(), "application/pdf");

        String key = content.sha256();
        assertEquals(List.of(store.root().resolve(key.substring(0, 2)).resolve(key.substring(2, 4)).resolve(key)),
                files().toList());
    }

    private Stream<Path> files() {
        if (!Files.exists(store.root())) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(store.root())) {
            return walk.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
