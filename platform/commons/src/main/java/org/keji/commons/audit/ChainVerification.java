package org.keji.commons.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a walk over the whole audit trail found: intact, or the first broken link. */
@Schema(name = "AuditChainVerification", description = "The result of walking a service's audit chain")
public record ChainVerification(
        @Schema(description = "Whether every entry is present, unchanged and linked to the one before") boolean intact,
        @Schema(description = "Entries walked", example = "120034") long entries,
        @Schema(description = "The chain's head: the sequence number of the last entry written", example = "120034") long headSeq,
        @Schema(description = "The sequence number of the first broken link; absent when intact", example = "4711") Long brokenAt,
        @Schema(description = "What is wrong there: `HASH_MISMATCH` (the entry was changed), `PREVIOUS_HASH_MISMATCH` "
                + "(it does not link to the entry before: that one was changed or replaced), `GAP` (entries are "
                + "missing before it, or after the last one), `HEAD_MISMATCH` (the last entry is not the one the head "
                + "names)", enumeration = {
                        "HASH_MISMATCH", "PREVIOUS_HASH_MISMATCH", "GAP",
                        "HEAD_MISMATCH" }) String problem,
        @Schema(description = "A human explanation of the problem") String detail){

    static ChainVerification intact(long entries, long headSeq) {
        return new ChainVerification(true, entries, headSeq, null, null, null);
    }

    static ChainVerification broken(long entries, long headSeq, long brokenAt, String problem, String detail) {
        return new ChainVerification(false, entries, headSeq, brokenAt, problem, detail);
    }
}
