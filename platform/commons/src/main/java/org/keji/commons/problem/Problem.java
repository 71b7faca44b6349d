package org.keji.commons.problem;

import java.util.List;
import java.util.Locale;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem details body. Every error of every Keji service has this shape, served as
 * {@code application/problem+json}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details; `code` is stable and meant for programs, `title` and `detail` for people (zh-CN or en by Accept-Language).")
public record Problem(
        @Schema(description = "URI identifying the problem type", example = "urn:keji:problem:enterprise-not-found") String type,
        @Schema(description = "Short summary of the problem type", example = "企业不存在") String title,
        @Schema(description = "HTTP status code", example = "404") int status,
        @Schema(description = "Explanation of this occurrence", example = "未找到统一社会信用代码为 91350100M000100Y43 的企业") String detail,
        @Schema(description = "The request path", example = "/api/v1/enterprises/91350100M000100Y43") String instance,
        @Schema(description = "Stable machine-readable error code", example = "ENTERPRISE_NOT_FOUND") String code,
        @Schema(description = "Request id (X-Request-Id) to quote when reporting the problem") String requestId,
        @Schema(description = "Per-field violations (400 only)") List<Violation> violations,
        @Schema(description = "Current state of the resource (409 for an illegal state transition)", example = "SUBMITTED") String currentState,
        @Schema(description = "Actions allowed from the current state (409 for an illegal state transition)") List<String> allowedActions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field of a request. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Violation", description = "One invalid field")
    public record Violation(
            @Schema(description = "Path of the field in the request, e.g. `uscc` or `figures[2].year`", example = "uscc") String field,
            @Schema(description = "What is wrong, in the requested language", example = "统一社会信用代码校验位错误") String message,
            @Schema(description = "The rejected value, when it is safe to echo", example = "91350100M000100Y44") String rejectedValue) {
    }

    static String typeOf(String code) {
        return "urn:keji:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
