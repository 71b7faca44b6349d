package org.keji.commons.problem;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.MDC;

/**
 * Builds problem bodies with their title and detail in the caller's language. Messages live in properties bundles by
 * code: the service's {@code problems} bundle first, then this library's, so services add codes without code changes
 * here.
 */
@ApplicationScoped
public class ProblemFactory {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final String REQUEST_ID = "requestId";

    private static final String SERVICE_BUNDLE = "problems";
    private static final String COMMONS_BUNDLE = "org.keji.commons.problem.problems";
    private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control
            .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Chinese unless the caller prefers English; Chinese is the bureau's working language. */
    public static Locale localeOf(List<Locale> acceptable) {
        for (Locale locale : acceptable) {
            String language = locale.getLanguage();
            if ("zh".equals(language)) {
                return CHINESE;
            }
            if ("en".equals(language)) {
                return Locale.ENGLISH;
            }
        }
        return CHINESE;
    }

    public Problem of(ProblemException e, Locale locale, String instance) {
        return new Problem(Problem.typeOf(e.code()), title(e.code(), locale),
                e.status(), detail(e.code(), locale, e.arguments()), instance, e.code(), requestId(),
                e.violations(), e.currentState(), e.allowedActions());
    }

    public Problem of(int status, String code, Locale locale, String instance, List<Problem.Violation> violations,
            Object... arguments) {
        return new Problem(Problem.typeOf(code), title(code, locale), status, detail(code, locale, arguments),
                instance, code, requestId(), violations, null, null);
    }

    public String title(String code, Locale locale) {
        return message(code + ".title", locale).orElse(code);
    }

    public String detail(String code, Locale locale, Object... arguments) {
        return message(code + ".detail", locale).map(pattern -> new MessageFormat(pattern, locale).format(arguments))
                .orElse(null);
    }

    private static Optional<String> message(String key, Locale locale) {
        for (String bundleName : List.of(SERVICE_BUNDLE, COMMONS_BUNDLE)) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(bundleName, locale,
                        Thread.currentThread().getContextClassLoader(), NO_FALLBACK);
                if (bundle.containsKey(key)) {
                    return Optional.of(bundle.getString(key));
                }
            } catch (MissingResourceException e) {
                // the service has no bundle of its own: only this library's codes apply
            }
        }
        return Optional.empty();
    }

    private static String requestId() {
        Object id = MDC.get(REQUEST_ID);
        return id == null ? null : id.toString();
    }
}
