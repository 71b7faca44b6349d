package org.keji.commons.audit;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a walk over the whole audit chain found: intact, or the first broken link. */
@Schema(name = "AuditChainVerification", description = "The result of walking a service's audit chain")
public record ChainVerification(
        @Schema(description = "Whether every link is present, unchanged, linked to the one before and names an "
                + "unchanged entry, and no entry of a long-ended transaction is left out of the chain") boolean intact,
        @Schema(description = "Links walked: the entries chained", example = "120034") long entries,
        @Schema(description = "The position of the first broken link; absent when intact or when an entry is "
                + "`UNCHAINED`", example = "4711") Long brokenAt,
        @Schema(description = "The entry concerned (its `seq`), when there is one", example = "4712") Long entrySeq,
        @Schema(description = "What is wrong there: `HASH_MISMATCH` (the entry was changed), `ENTRY_MISSING` (the "
                + "link names an entry that is gone), `CHAIN_HASH_MISMATCH` (the link itself was changed), "
                + "`PREVIOUS_HASH_MISMATCH` (it does not link to the one before: that one was changed or replaced), "
                + "`GAP` (links missing before it), `UNCHAINED` (an entry whose transaction ended long ago is in no "
                + "link: written behind the service's back, or the chainer is stuck)", enumeration = {
                        "HASH_MISMATCH", "ENTRY_MISSING", "CHAIN_HASH_MISMATCH", "PREVIOUS_HASH_MISMATCH", "GAP",
                        "UNCHAINED" }) String problem,
        @Schema(description = "A human explanation of the problem") String detail){

    static ChainVerification intact(long entries) {
        return new ChainVerification(true, entries, null, null, null, null);
    }

    static ChainVerification broken(long entries, Long brokenAt, Long entrySeq, String problem, String detail) {
        return new ChainVerification(false, entries, brokenAt, entrySeq, problem, detail);
    }
}
