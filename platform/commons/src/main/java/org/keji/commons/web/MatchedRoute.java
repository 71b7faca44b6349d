package org.keji.commons.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.UriInfo;

/**
 * The route a request matched, as {@code METHOD /path} with its path parameters filled in, e.g.
 * {@code POST /api/v1/incubators/0b6f…/tenants}: taken from the resource method's annotations rather than from the
 * raw request line, so that it is the same for every spelling of the same request (a trailing slash, an escaped
 * character) and needs no hand-typed string in a resource.
 */
public final class MatchedRoute {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\s*([^}:\\s]+)\\s*(?::[^}]*)?}");
    /** {@code METHOD /template} of each resource method, built once: the annotations do not change. */
    private static final Map<Method, String> TEMPLATES = new ConcurrentHashMap<>();

    private MatchedRoute() {
    }

    /** The route of the request being served. */
    public static String of(ResourceInfo resource, UriInfo uri) {
        return of(resource.getResourceClass(), resource.getResourceMethod(),
                name -> uri.getPathParameters(true).getFirst(name));
    }

    /**
     * The route of {@code method} of {@code resourceClass}.
     *
     * @param pathParameter the decoded value of a path parameter by name
     */
    public static String of(Class<?> resourceClass, Method method, Function<String, String> pathParameter) {
        String template = template(resourceClass, method);
        Matcher parameter = PARAMETER.matcher(template);
        StringBuilder route = new StringBuilder(template.length() + 32);
        while (parameter.find()) {
            String value = pathParameter.apply(parameter.group(1));
            if (value == null) {
                throw new IllegalStateException("no value of path parameter " + parameter.group(1) + " of " + template);
            }
            parameter.appendReplacement(route, Matcher.quoteReplacement(value));
        }
        return parameter.appendTail(route).toString();
    }

    /**
     * The route template of {@code method} of {@code resourceClass}, e.g.
     * {@code POST /api/v1/enterprises/{uscc}/violations}: the same for every request of the operation.
     */
    public static String template(Class<?> resourceClass, Method method) {
        return TEMPLATES.computeIfAbsent(method, m -> httpMethod(m) + ' '
                + join(path(resourceClass.getAnnotation(Path.class)), path(m.getAnnotation(Path.class))));
    }

    /** Convenience for tests and non-JAX-RS callers: the values by name. */
    public static String of(Class<?> resourceClass, Method method, Map<String, String> pathParameters) {
        return of(resourceClass, method, pathParameters::get);
    }

    private static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        throw new IllegalStateException("not a resource method: " + method);
    }

    private static String path(Path path) {
        return path == null ? "" : path.value();
    }

    private static String join(String classPath, String methodPath) {
        String joined = "/" + classPath + "/" + methodPath;
        joined = joined.replaceAll("/{2,}", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
