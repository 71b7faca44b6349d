package org.keji.commons.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): an ASCII {@code filename} for old clients, with every
 * character outside printable ASCII (and the quote, backslash and percent sign) replaced by {@code _}, and the exact
 * name as {@code filename*=UTF-8''…}, percent-encoded per RFC 5987, which every current browser prefers.
 */
public final class ContentDisposition {

    private static final Pattern EXTENDED = Pattern.compile("(?i)filename\\*\\s*=\\s*UTF-8''([^;\\s]+)");
    private static final Pattern PLAIN = Pattern.compile("(?i)filename\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^;\\s]+))");

    private ContentDisposition() {
    }

    /** {@code attachment; filename="…"; filename*=UTF-8''…} for {@code fileName}. */
    public static String attachment(String fileName) {
        StringBuilder fallback = new StringBuilder();
        fileName.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c
                : '_'));
        return "attachment; filename=\"" + fallback + "\"; filename*=UTF-8''" + encode(fileName);
    }

    /** RFC 5987 {@code value-chars}: attr-chars as they are, every other UTF-8 byte as {@code %XX}. */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
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
