package org.keji.commons.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} header of a download (RFC 6266): {@code attachment; filename="…"; filename*=UTF-8''…}.
 * The quoted {@code filename} is an ASCII fallback for old clients (every other character becomes {@code _}); the
 * {@code filename*} parameter carries the real name, e.g. Chinese, percent-encoded as UTF-8 per RFC 5987 / 8187.
 */
public final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8''([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("(?i)filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

    private ContentDisposition() {
    }

    /** {@code attachment} with the given file name. */
    public static String attachment(String fileName) {
        return disposition("attachment", fileName);
    }

    /** {@code inline} with the given file name, for a document the browser may show itself. */
    public static String inline(String fileName) {
        return disposition("inline", fileName);
    }

    private static String disposition(String type, String fileName) {
        if (fileName == null || fileName.isBlank()) {
            throw new IllegalArgumentException("a file name is required");
        }
        return type + "; filename=\"" + asciiFallback(fileName) + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** The name with every character outside printable ASCII, and the quote, backslash and path separators, as _. */
    static String asciiFallback(String fileName) {
        StringBuilder ascii = new StringBuilder(fileName.length());
        fileName.codePoints().forEach(c -> ascii
                .append(c < 0x20 || c > 0x7e || c == '"' || c == '\\' || c == '/' || c == '%' ? '_' : (char) c));
        return ascii.toString();
    }

    /** RFC 5987 {@code value-chars}: attr-char as is, every other UTF-8 byte as {@code %XX}. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (isAttrChar(c)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }

    private static boolean isAttrChar(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "!#$&+-.^_`|~".indexOf(c) >= 0;
    }

    /**
     * The file name a {@code Content-Disposition} header carries: {@code filename*=UTF-8''…} when present, else
     * {@code filename}; empty when there is none or the header is absent.
     */
    public static Optional<String> fileName(String header) {
        if (header == null) {
            return Optional.empty();
        }
        Matcher extended = EXTENDED.matcher(header);
        if (extended.find()) {
            try {
                // RFC 5987 encodes a space as %20, never '+': keep a literal '+' as it is
                return Optional.of(URLDecoder.decode(extended.group(1).replace("+", "%2B"), StandardCharsets.UTF_8))
                        .filter(name -> !name.isBlank());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        Matcher plain = PLAIN.matcher(header);
        if (plain.find()) {
            String name = plain.group(1) != null ? plain.group(1).replaceAll("\\\\(.)", "$1") : plain.group(2);
            return Optional.of(name).filter(n -> !n.isBlank());
        }
        return Optional.empty();
    }
}
