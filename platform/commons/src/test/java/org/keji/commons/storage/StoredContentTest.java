package org.keji.commons.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoredContentTest {

    private static final long MB = 1024 * 1024;

    @TempDir
    Path temp;

    @Test
    void shouldSpoolTheBodyWithItsHashAndSize() throws IOException {
        byte[] bytes = "abc".getBytes(StandardCharsets.US_ASCII);

        try (StoredContent content = StoredContent.spool(new ByteArrayInputStream(bytes), 3, temp)) {
            // the SHA-256 of "abc" (FIPS 180-2, appendix B.1)
            assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", content.sha256());
            assertEquals(3, content.size());
            assertArrayEquals(bytes, Files.readAllBytes(content.path()));
            content.close();
            assertFalse(Files.exists(content.path()));
        }
    }

    @Test
    void shouldRefuseABodyOverTheLimitWithoutBufferingItAndRemoveTheFile() throws IOException {
        long limit = 20 * MB;
        GeneratedBody body = new GeneratedBody(100 * MB);
        // what this thread allocates, exactly: the in-process broker and database of other test classes allocate
        // in their own threads, so the heap's used memory would mostly measure them
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();

        ContentTooLargeException refused = assertThrows(ContentTooLargeException.class,
                () -> StoredContent.spool(body, limit, temp));

        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        // reading stopped just past the limit and one buffer held the body at a time: a buffered body would have
        // allocated 20 MB or more
        assertEquals(413, refused.status());
        assertEquals("MATERIAL_TOO_LARGE", refused.code());
        assertArrayEquals(new Object[] { "20 MB" }, refused.arguments());
        assertTrue(body.served() > limit && body.served() < limit + MB, body.served() + " bytes read");
        assertTrue(allocated < 2 * MB, allocated + " bytes allocated");
        try (Stream<Path> left = Files.list(temp)) {
            assertEquals(0, left.count());
        }
    }

    @Test
    void shouldAcceptABodyOfExactlyTheLimit() {
        try (StoredContent content = StoredContent.spool(new GeneratedBody(MB), MB, temp)) {
            assertEquals(MB, content.size());
        }
    }

    /** A body of the given size made up on the fly, so the test itself holds none of it in memory. */
    private static final class GeneratedBody extends InputStream {

        private final long size;
        private long served;

        GeneratedBody(long size) {
            this.size = size;
        }

        long served() {
            return served;
        }

        @Override
        public int read() {
            if (served >= size) {
                return -1;
            }
            return (int) (served++ & 0x7f);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((served + i) & 0x7f);
            }
            served += n;
            return n;
        }
    }
}
