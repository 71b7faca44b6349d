package org.keji.ip.dispute;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.ip.dispute.dto.LiftPreservationRequest;
import org.keji.ip.dispute.dto.PreservationView;
import org.keji.ip.dispute.dto.RecordPreservationRequest;

/**
 * Court preservation orders on patents (财产保全 / 诉前保全) as the bureau records them when served: the pledge check
 * refuses a patent held by one in force ({@link DisputeFlags#preservedOn}). An officer records and reads those of its
 * region.
 */
@ApplicationScoped
public class PreservationService {

    private final PreservationRepository preservations;
    private final DisputeRepository disputes;
    private final Caller caller;
    private final Clock clock;

    public PreservationService(PreservationRepository preservations, DisputeRepository disputes, Caller caller,
            Clock clock) {
        this.preservations = preservations;
        this.disputes = disputes;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public PreservationView record(RecordPreservationRequest request) {
        if (request.effectiveUntil().isBefore(request.effectiveFrom())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "effectiveUntil",
                    "must not be before effectiveFrom", request.effectiveUntil());
        }
        caller.requireRegion(request.region());
        if (request.disputeId() != null) {
            disputes.findByIdOptional(request.disputeId())
                    .filter(d -> caller.officerRegions().map(r -> r.includes(d.region())).orElse(true))
                    .orElseThrow(() -> new NotFoundException("DISPUTE_NOT_FOUND", request.disputeId()));
        }
        String court = request.court().strip();
        String orderNumber = request.orderNumber().strip();
        if (preservations.exists(court, orderNumber)) {
            throw new ConflictException("PRESERVATION_EXISTS", court, orderNumber);
        }
        Set<String> patents = new LinkedHashSet<>();
        request.patents().forEach(number -> patents.add(PatentApplicationNumber.normalize(number)));
        Preservation preservation = Preservation.of(request.disputeId(), request.region(), request.kind(), court,
                orderNumber, request.effectiveFrom(), request.effectiveUntil(), caller.name(),
                OffsetDateTime.now(clock));
        preservations.persist(preservation);
        preservations.addPatents(preservation.id(), patents);
        return PreservationView.of(preservation, List.copyOf(patents), LocalDate.now(clock));
    }

    public PreservationView get(UUID id) {
        Preservation preservation = load(id);
        return PreservationView.of(preservation, preservations.patentsOf(List.of(id)).get(id), LocalDate.now(clock));
    }

    /** The court lifted the order early; from {@code liftedOn} its patents are no longer held. */
    @Transactional
    public PreservationView lift(UUID id, LiftPreservationRequest request) {
        Preservation preservation = preservations.lock(id).filter(this::reaches)
                .orElseThrow(() -> new NotFoundException("PRESERVATION_NOT_FOUND", id));
        preservation.lift(request.liftedOn(), request.orderNumber().strip());
        return PreservationView.of(preservation, preservations.patentsOf(List.of(id)).get(id), LocalDate.now(clock));
    }

    private Preservation load(UUID id) {
        return preservations.findByIdOptional(id).filter(this::reaches)
                .orElseThrow(() -> new NotFoundException("PRESERVATION_NOT_FOUND", id));
    }

    /** An officer reaches its region's orders; admins and integration clients all. */
    private boolean reaches(Preservation preservation) {
        return caller.officerRegions().map(reach -> reach.includes(preservation.region())).orElse(true);
    }

    public Page<PreservationView> search(String applicationNumber, PageQuery query) {
        Page<Preservation> page = preservations.search(
                applicationNumber == null ? null : PatentApplicationNumber.normalize(applicationNumber),
                caller.officerRegions().orElse(null), query);
        Map<UUID, List<String>> patents = preservations.patentsOf(page.items().stream().map(Preservation::id).toList());
        LocalDate today = LocalDate.now(clock);
        return page.map(p -> PreservationView.of(p, patents.get(p.id()), today));
    }
}
