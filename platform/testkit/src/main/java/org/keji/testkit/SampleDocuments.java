package org.keji.testkit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small documents for material uploads, each with the magic bytes (and for ZIP containers the entries) its type is
 * recognised by, and different bytes per call unless said otherwise, so tests do not meet each other's content.
 */
public final class SampleDocuments {

    private SampleDocuments() {
    }

    /** A minimal PDF, unique per call. */
    public static byte[] pdf() {
        return pdf(UUID.randomUUID().toString());
    }

    /** A minimal PDF whose text is {@code text}: the same text gives the same bytes. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + text + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** A PNG signature and header, unique per call. */
    public static byte[] png() {
        return concat(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D',
                'R' }, UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A Windows executable's header (MZ … PE), unique per call: what a renamed {@code setup.pdf} holds. */
    public static byte[] executable() {
        byte[] header = new byte[128];
        header[0] = 'M';
        header[1] = 'Z';
        header[0x3c] = 0x40;
        header[0x40] = 'P';
        header[0x41] = 'E';
        return concat(concat(header, "This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII)),
                UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** A DOCX (the OOXML parts a word-processing document has), unique per call. */
    public static byte[] docx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "word/document.xml",
                "<w:document>" + UUID.randomUUID() + "</w:document>"));
    }

    /** An XLSX, unique per call. */
    public static byte[] xlsx() {
        return zip(Map.of("[Content_Types].xml", "<Types/>", "xl/workbook.xml",
                "<workbook>" + UUID.randomUUID() + "</workbook>"));
    }

    /** An OFD (GB/T 33190: {@code OFD.xml} at the root of a ZIP), unique per call. */
    public static byte[] ofd() {
        return zip(Map.of("OFD.xml", "<ofd:OFD>" + UUID.randomUUID() + "</ofd:OFD>", "Doc_0/Document.xml",
                "<ofd:Document/>"));
    }

    /** A ZIP whose entries are the given files. */
    public static byte[] zip(Map<String, ?> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> entry : new LinkedHashMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue() instanceof byte[] content ? content
                        : entry.getValue().toString().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}
