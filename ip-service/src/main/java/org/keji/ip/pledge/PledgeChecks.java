package org.keji.ip.pledge;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.event.pledge.CoHolderConsent;
import org.keji.commons.event.pledge.PledgeRefusal;
import org.keji.commons.event.pledge.PledgeRefusalGround;
import org.keji.commons.material.MaterialReferences;
import org.keji.ip.annuity.AnnuityStanding;
import org.keji.ip.dispute.DisputeFlags;
import org.keji.ip.patent.LegalStatus;
import org.keji.ip.patent.Patent;
import org.keji.ip.patent.PatentHolder;
import org.keji.ip.patent.PatentHolderRepository;
import org.keji.ip.patent.PatentRepository;
import org.keji.ip.patent.PatentStatus;

/**
 * Every refusal ground of a pledge that the register can show (DOMAIN "Patents and IP"), all evaluated for every
 * patent, never stopping at the first: the pledgor cures them all at once (最多跑一次). One query per kind of data for
 * all the patents (patents, holders, annuities, ownership disputes, preservations, active pledges), plus one per
 * consenting co-holder for its consent materials.
 */
@ApplicationScoped
public class PledgeChecks {

    private final PatentRepository patents;
    private final PatentHolderRepository holders;
    private final AnnuityStanding annuities;
    private final DisputeFlags disputes;
    private final PatentPledgeRepository pledges;
    private final MaterialReferences materials;

    public PledgeChecks(PatentRepository patents, PatentHolderRepository holders, AnnuityStanding annuities,
            DisputeFlags disputes, PatentPledgeRepository pledges, MaterialReferences materials) {
        this.patents = patents;
        this.holders = holders;
        this.annuities = annuities;
        this.disputes = disputes;
        this.pledges = pledges;
        this.materials = materials;
    }

    /** What is checked: who pledges which patents (canonical numbers, in order) for a debt ending when. */
    public record Subject(String pledgorUscc, List<String> applicationNumbers, LocalDate debtTermEnd,
            List<CoHolderConsent> consents) {
    }

    /** Every ground that applies on {@code day}, patent by patent in the order requested, grounds in enum order. */
    public List<PledgeRefusal> grounds(Subject subject, LocalDate day) {
        List<String> numbers = subject.applicationNumbers();
        Map<String, Patent> known = patents.list("applicationNumber in ?1", numbers).stream()
                .collect(Collectors.toMap(Patent::applicationNumber, Function.identity()));
        List<UUID> ids = known.values().stream().map(Patent::id).toList();
        Map<UUID, List<PatentHolder>> holdersOf = holders.byPatents(ids);
        Set<UUID> overdue = ids.isEmpty() ? Set.of() : annuities.overdue(ids, day);
        Collection<String> knownNumbers = known.keySet();
        Map<String, List<String>> ownershipDisputes = disputes.openOwnershipDisputes(knownNumbers);
        Map<String, List<String>> preserved = disputes.preservedOn(knownNumbers, day);
        Map<String, String> pledged = pledges.activeRegistrations(knownNumbers);
        Set<String> consented = consented(subject.consents());

        List<PledgeRefusal> grounds = new ArrayList<>();
        for (String number : numbers) {
            Patent patent = known.get(number);
            if (patent == null) {
                grounds.add(new PledgeRefusal(PledgeRefusalGround.PATENT_UNKNOWN, number, "登记簿中没有申请号为" + number
                        + "的专利"));
                continue;
            }
            Found found = new Found(grounds, number);
            List<PatentHolder> current = holdersOf.getOrDefault(patent.id(), List.of());
            boolean holds = current.stream().anyMatch(h -> h.uscc().equals(subject.pledgorUscc()));
            found.add(!holds, PledgeRefusalGround.PLEDGOR_NOT_HOLDER, "出质人" + subject.pledgorUscc() + "不是该专利的专利权人");
            LegalStatus status = patent.statusOn(day);
            found.add(status.status() == PatentStatus.FILED, PledgeRefusalGround.NOT_GRANTED, "该专利尚未授权");
            found.add(status.status() == PatentStatus.LAPSED, PledgeRefusalGround.RIGHT_ENDED,
                    () -> "该专利权已于" + status.lapsedOn() + "终止（" + status.lapseReason() + "）");
            found.add(overdue.contains(patent.id()), PledgeRefusalGround.ANNUITY_OVERDUE, "该专利有到期未缴的年费");
            found.add(ownershipDisputes.containsKey(number), PledgeRefusalGround.OWNERSHIP_DISPUTE,
                    () -> "该专利存在尚未结案的权属纠纷：" + String.join("、", ownershipDisputes.get(number)));
            found.add(preserved.containsKey(number), PledgeRefusalGround.PRESERVATION,
                    () -> "该专利被采取保全措施：" + String.join("、", preserved.get(number)));
            // the term end is the first day no longer in force: the debt must end before it
            found.add(!subject.debtTermEnd().isBefore(patent.termEndsOn()),
                    PledgeRefusalGround.DEBT_TERM_BEYOND_PATENT_TERM, () -> "债务履行期限届满日" + subject.debtTermEnd()
                            + "超过专利权期限（" + patent.termEndsOn().minusDays(1) + "届满）");
            if (holds) {
                for (PatentHolder other : current) {
                    found.add(!other.uscc().equals(subject.pledgorUscc()) && !consented.contains(other.uscc()),
                            PledgeRefusalGround.CO_HOLDER_CONSENT_MISSING,
                            () -> "缺少共有专利权人" + other.name() + "（" + other.uscc() + "）同意出质的书面文件");
                }
            }
            found.add(pledged.containsKey(number), PledgeRefusalGround.ALREADY_PLEDGED,
                    () -> "该专利已出质且未注销，质押登记号" + pledged.get(number));
            found.add(status.invalidationPending(), PledgeRefusalGround.INVALIDATION_PENDING, "该专利处于无效宣告程序中");
        }
        return grounds;
    }

    /**
     * The co-holders whose consent is a material of their own wallet (an id of another enterprise's wallet, or unknown,
     * is no consent): one lookup per consenting co-holder.
     */
    private Set<String> consented(List<CoHolderConsent> consents) {
        Map<String, Set<UUID>> byHolder = new LinkedHashMap<>();
        consents.forEach(c -> byHolder.computeIfAbsent(c.uscc(), u -> new LinkedHashSet<>()).add(c.consentMaterialId()));
        Set<String> consented = new LinkedHashSet<>();
        byHolder.forEach((uscc, ids) -> {
            if (!materials.find(uscc, ids).isEmpty()) {
                consented.add(uscc);
            }
        });
        return consented;
    }

    /** The grounds of one patent. */
    private record Found(List<PledgeRefusal> grounds, String number) {

        void add(boolean applies, PledgeRefusalGround ground, String detail) {
            if (applies) {
                grounds.add(new PledgeRefusal(ground, number, detail));
            }
        }

        void add(boolean applies, PledgeRefusalGround ground, Supplier<String> detail) {
            if (applies) {
                grounds.add(new PledgeRefusal(ground, number, detail.get()));
            }
        }
    }
}
