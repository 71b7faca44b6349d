package org.keji.commons.audit;

import java.time.OffsetDateTime;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One entry of a service's audit trail: who did what to which record, when, and with what outcome. */
@Schema(name = "AuditEntry", description = "One state-changing request as the audit trail recorded it")
public record AuditEntry(
        @Schema(title = "序号", description = "The entry's number, in the order entries were written (gaps possible: a rolled-back write leaves one)", example = "4711") long seq,
        @Schema(title = "时间", description = "When the request was answered") OffsetDateTime recordedAt,
        @Schema(title = "操作人", description = "The token's subject, or `anonymous`", example = "officer-350100") String subject,
        @Schema(title = "角色", description = "The caller's roles, comma-separated", example = "officer") String role,
        @Schema(title = "客户端", description = "The client application (the token's `azp` or `client_id` claim)", example = "keji-portal") String client,
        @Schema(title = "操作", description = "The operation as its route template", example = "POST /api/v1/enterprises/{uscc}/violations") String operation,
        @Schema(title = "记录类型", description = "The kind of record acted on: the collection of its path", example = "violations") String recordType,
        @Schema(title = "记录标识", description = "The record's path parameters joined by `/` (the parent's first)", example = "91350100M000100Y43/1f0c9a3e-7b1d-4c55-9a39-5e3f3c1b2a10") String recordId,
        @Schema(title = "请求标识", description = "The request's `X-Request-Id`", example = "7c4e…") String requestId,
        @Schema(title = "结果状态", description = "The HTTP status answered, also for refusals", example = "201") int status,
        @Schema(title = "本条哈希", description = "SHA-256 (hex) of this entry's fields; the chain links it by this hash", example = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752") String hash) {

    /** The entry as the writer sends it: the database numbers and hashes it, the chainer links it. */
    static AuditEntry unchained(OffsetDateTime recordedAt, String subject, String role, String client,
            String operation, String recordType, String recordId, String requestId, int status) {
        return new AuditEntry(0, recordedAt, subject, role, client, operation, recordType, recordId, requestId,
                status, null);
    }

    AuditEntry withStatus(int newStatus) {
        return new AuditEntry(seq, recordedAt, subject, role, client, operation, recordType, recordId, requestId,
                newStatus, hash);
    }
}
