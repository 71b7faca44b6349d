package org.keji.commons.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every {@link ObjectStore} guarantees; one subclass per implementation runs it against a real store. */
abstract class ObjectStoreContract {

    @TempDir
    Path temp;

    /** The store under test, empty at the start of each test. */
    abstract ObjectStore store();

    /** How many objects the store holds, counted behind its back (files, bucket listing). */
    abstract long objectCount();

    /**
     * Whether exactly one of concurrent puts of the same new content answers "newly stored" (the file system's hard
     * link; an S3 server that ignores {@code If-None-Match} lets several overwrite the object with the same bytes).
     */
    abstract boolean answersOneWinnerOfARace();

    @Test
    void shouldStoreTheSameBytesOnce() throws IOException {
        StoredContent content = spool(uniqueBytes());

        assertTrue(store().putIfAbsent(content.sha256(), content.path(), content.size(), "application/pdf"));
        StoredContent again = spool(Files.readAllBytes(content.path()));
        assertFalse(store().putIfAbsent(again.sha256(), again.path(), again.size(), "application/pdf"));

        assertEquals(1, objectCount());
        assertTrue(store().exists(content.sha256()));
    }

    @Test
    void shouldReadBackTheSameBytes() throws IOException {
        byte[] bytes = uniqueBytes();
        StoredContent content = spool(bytes);
        store().putIfAbsent(content.sha256(), content.path(), content.size(), "application/pdf");

        try (InputStream in = store().open(content.sha256())) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void shouldRefuseAKeyThatIsNotTheHashOfTheContent() throws IOException {
        StoredContent content = spool(uniqueBytes());
        StoredContent other = spool(uniqueBytes());

        assertThrows(IllegalArgumentException.class,
                () -> store().putIfAbsent(other.sha256(), content.path(), content.size(), "text/plain"));
        assertFalse(store().exists(other.sha256()));
        assertEquals(0, objectCount());
    }

    @Test
    void shouldRefuseOtherContentUnderTheKeyOfAStoredObject() throws IOException {
        StoredContent stored = spool(uniqueBytes());
        store().putIfAbsent(stored.sha256(), stored.path(), stored.size(), "text/plain");
        StoredContent other = spool(uniqueBytes());

        assertThrows(IllegalArgumentException.class,
                () -> store().putIfAbsent(stored.sha256(), other.path(), other.size(), "text/plain"));
    }

    @Test
    void shouldRefuseAWrongSize() throws IOException {
        StoredContent content = spool(uniqueBytes());

        assertThrows(IllegalArgumentException.class,
                () -> store().putIfAbsent(content.sha256(), content.path(), content.size() + 1, "text/plain"));
        assertEquals(0, objectCount());
    }

    @Test
    void shouldRefuseAKeyThatIsNoHash() {
        assertThrows(IllegalArgumentException.class, () -> store().exists("../../etc/passwd"));
        assertThrows(IllegalArgumentException.class, () -> store().open("ABCDEF" + "0".repeat(58)));
    }

    @Test
    void shouldAnswerNoSuchElementForAnAbsentObject() {
        String absent = "0".repeat(64);

        assertFalse(store().exists(absent));
        assertThrows(NoSuchElementException.class, () -> store().open(absent));
    }

    @Test
    void shouldStoreConcurrentPutsOfTheSameContentOnce() throws Exception {
        byte[] bytes = uniqueBytes(256 * 1024);
        int writers = 4;
        List<StoredContent> copies = new ArrayList<>();
        for (int i = 0; i < writers; i++) {
            copies.add(spool(bytes));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> puts = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (StoredContent copy : copies) {
                Callable<Boolean> put = () -> {
                    start.await();
                    return store().putIfAbsent(copy.sha256(), copy.path(), copy.size(), "application/pdf");
                };
                puts.add(pool.submit(put));
            }
            start.countDown();
            long stored = 0;
            for (Future<Boolean> put : puts) {
                stored += put.get() ? 1 : 0;
            }
            if (answersOneWinnerOfARace()) {
                assertEquals(1, stored, "puts that answered newly stored");
            } else {
                assertTrue(stored >= 1 && stored <= writers, stored + " puts answered newly stored");
            }
        }

        assertEquals(1, objectCount());
        try (InputStream in = store().open(copies.getFirst().sha256())) {
            assertArrayEquals(bytes, in.readAllBytes());
        }
    }

    @Test
    void shouldBeReady() {
        assertTrue(store().ready());
    }

    StoredContent spool(byte[] bytes) {
        return StoredContent.spool(new java.io.ByteArrayInputStream(bytes), Long.MAX_VALUE, temp);
    }

    static byte[] uniqueBytes() {
        return uniqueBytes(1000);
    }

    static byte[] uniqueBytes(int size) {
        byte[] seed = ("%PDF-1.7 " + UUID.randomUUID()).getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[Math.max(size, seed.length)];
        System.arraycopy(seed, 0, bytes, 0, seed.length);
        return bytes;
    }
}
