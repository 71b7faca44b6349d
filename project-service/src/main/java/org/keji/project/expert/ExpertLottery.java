package org.keji.project.expert;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.keji.commons.problem.BusinessRuleException;

/**
 * The random drawing itself, free of storage so that it can be re-run: the experts of the field are put in a stable
 * order (by {@code subject}, unique), each excluded for the first reason that applies (the applicant's organisation, a
 * partner's, a declared conflict, drawn for this application before, unavailable on the day), and {@code needed} of
 * the remaining candidates are chosen by a partial Fisher–Yates shuffle driven by {@link Random} seeded with the
 * recorded seed (its algorithm is fixed by the Java specification, so a seed gives the same experts on any JVM).
 */
final class ExpertLottery {

    /** Who and how many: the chosen in the order drawn, with the counts the draw record keeps. */
    record Outcome(List<Expert> chosen, int needed, int poolSize, int candidates, int excludedOrganisation,
            int excludedPartner, int excludedConflict, int excludedAlreadyDrawn, int excludedUnavailable) {
    }

    /** What excludes an expert from this drawing. */
    record Exclusions(String applicantUscc, Set<String> partnerUsccs, Set<UUID> conflicted, Set<UUID> alreadyDrawn,
            LocalDate day) {
    }

    private ExpertLottery() {
    }

    /**
     * Draws {@code needed} experts among {@code pool} (the experts of the application's field).
     *
     * @throws BusinessRuleException 422 {@code EXPERT_POOL_TOO_SMALL} (needed, available) with fewer candidates
     */
    static Outcome draw(List<Expert> pool, Exclusions exclusions, int needed, long seed) {
        int organisation = 0;
        int partner = 0;
        int conflict = 0;
        int drawn = 0;
        int unavailable = 0;
        List<Expert> candidates = new ArrayList<>();
        for (Expert expert : pool.stream().sorted(Comparator.comparing(Expert::subject)).toList()) {
            if (expert.organisationUscc().equals(exclusions.applicantUscc())) {
                organisation++;
            } else if (exclusions.partnerUsccs().contains(expert.organisationUscc())) {
                partner++;
            } else if (exclusions.conflicted().contains(expert.id())) {
                conflict++;
            } else if (exclusions.alreadyDrawn().contains(expert.id())) {
                drawn++;
            } else if (!expert.availableOn(exclusions.day())) {
                unavailable++;
            } else {
                candidates.add(expert);
            }
        }
        if (candidates.size() < needed) {
            throw new BusinessRuleException("EXPERT_POOL_TOO_SMALL", needed, candidates.size());
        }
        Random random = new Random(seed);
        List<Expert> shuffled = new ArrayList<>(candidates);
        for (int i = 0; i < needed; i++) {
            int j = i + random.nextInt(shuffled.size() - i);
            Expert chosen = shuffled.get(j);
            shuffled.set(j, shuffled.get(i));
            shuffled.set(i, chosen);
        }
        return new Outcome(List.copyOf(shuffled.subList(0, needed)), needed, pool.size(), candidates.size(),
                organisation, partner, conflict, drawn, unavailable);
    }
}
