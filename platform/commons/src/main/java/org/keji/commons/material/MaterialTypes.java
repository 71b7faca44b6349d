package org.keji.commons.material;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.keji.commons.problem.ProblemException;

/**
 * Decides the type of an uploaded document by its bytes. Tika core's magic-number detector reads the first bytes;
 * for a ZIP container (OFD, DOCX, XLSX and plain archives all start with {@code PK}) the entry names decide, read from
 * the ZIP's central directory on disk, and each entry of a plain archive is checked the same way (one level deep,
 * first bytes only). Nothing is loaded whole into memory.
 * <p>
 * Refusals: {@code 415 MATERIAL_TYPE_NOT_ALLOWED} for bytes of any other type (a renamed executable {@code setup.pdf}
 * among them), {@code 415 MATERIAL_EXTENSION_MISMATCH} for allowed bytes under a name whose extension names another
 * type ({@code scan.pdf} holding a PNG). A name without an extension is accepted; the detected type names it.
 */
public final class MaterialTypes {

    /** Entries of a plain archive checked at most; a longer archive is refused rather than walked without end. */
    static final int MAX_ARCHIVE_ENTRIES = 1_000;

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();

    private MaterialTypes() {
    }

    /**
     * The type of the document stored in {@code file}, uploaded under {@code fileName}.
     *
     * @throws ProblemException 415 {@code MATERIAL_TYPE_NOT_ALLOWED} or {@code MATERIAL_EXTENSION_MISMATCH}
     */
    public static MaterialType detect(Path file, String fileName) {
        MaterialType type;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            type = single(in).orElse(null);
            if (type == MaterialType.ZIP) {
                type = container(file).orElse(null);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (type == null) {
            throw new ProblemException(415, "MATERIAL_TYPE_NOT_ALLOWED", fileName);
        }
        if (!type.admitsName(fileName)) {
            throw new ProblemException(415, "MATERIAL_EXTENSION_MISMATCH", fileName, type.name());
        }
        return type;
    }

    /** The extension of a file name, without the dot; empty when it has none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1);
    }

    /**
     * The type by magic number alone ({@code ZIP} for any ZIP container); empty for a type not allowed. Reads and
     * resets the first bytes only, so {@code in} must support mark/reset.
     */
    private static Optional<MaterialType> single(InputStream in) throws IOException {
        MediaType detected = MAGIC.detect(in, new Metadata()).getBaseType();
        return switch (detected.toString()) {
            case "application/pdf" -> Optional.of(MaterialType.PDF);
            case "image/jpeg" -> Optional.of(MaterialType.JPEG);
            case "image/png" -> Optional.of(MaterialType.PNG);
            case "application/zip", "application/x-tika-ooxml", "application/x-tika-java-archive" ->
                Optional.of(MaterialType.ZIP);
            default -> Optional.empty();
        };
    }

    /** A ZIP on disk: an OFD, a DOCX, an XLSX, an archive of allowed documents, or nothing allowed. */
    private static Optional<MaterialType> container(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Set<String> names = new HashSet<>();
            zip.stream().limit(MAX_ARCHIVE_ENTRIES + 1L).forEach(entry -> names.add(entry.getName()));
            Optional<MaterialType> document = byEntries(names);
            if (document.isPresent() || names.size() > MAX_ARCHIVE_ENTRIES) {
                return document;
            }
            for (ZipEntry entry : zip.stream().toList()) {
                if (!entry.isDirectory() && !archived(zip, entry)) {
                    return Optional.empty();
                }
            }
            return Optional.of(MaterialType.ZIP);
        } catch (ZipException e) {
            return Optional.empty();
        }
    }

    /** One entry of a plain archive is a PDF, an image, an OFD, a DOCX or an XLSX; never another archive. */
    private static boolean archived(ZipFile zip, ZipEntry entry) throws IOException {
        try (InputStream in = new BufferedInputStream(zip.getInputStream(entry))) {
            Optional<MaterialType> type = single(in);
            if (type.isEmpty() || type.get() != MaterialType.ZIP) {
                return type.isPresent();
            }
            Set<String> names = new HashSet<>();
            try (ZipInputStream nested = new ZipInputStream(in)) {
                for (ZipEntry e = nested.getNextEntry(); e != null && names.size() <= MAX_ARCHIVE_ENTRIES; e = nested
                        .getNextEntry()) {
                    names.add(e.getName());
                }
            } catch (ZipException e) {
                return false;
            }
            return byEntries(names).isPresent();
        }
    }

    /** OFD (GB/T 33190: an {@code OFD.xml} at the root), DOCX or XLSX (OOXML parts) by their entry names. */
    private static Optional<MaterialType> byEntries(Set<String> names) {
        if (names.contains("OFD.xml")) {
            return Optional.of(MaterialType.OFD);
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return Optional.of(MaterialType.DOCX);
            }
            if (names.contains("xl/workbook.xml")) {
                return Optional.of(MaterialType.XLSX);
            }
        }
        return Optional.empty();
    }
}
