package org.keji.ip.inspection;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.security.Caller;
import org.keji.commons.web.EntityVersions;
import org.keji.ip.inspection.dto.FollowUpInput;
import org.keji.ip.inspection.dto.FoundProblem;
import org.keji.ip.inspection.dto.InspectedProduct;
import org.keji.ip.inspection.dto.InspectionView;
import org.keji.ip.inspection.dto.RecordFollowUpRequest;
import org.keji.ip.inspection.dto.RecordInspectionRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Enforcement inspections recorded by officers within their region (admins and integration clients anywhere). A
 * record out of an officer's region answers 404; the follow-up is changed only against the version read.
 */
@ApplicationScoped
public class InspectionService {

    private static final TypeReference<List<InspectedProduct>> PRODUCTS = new TypeReference<>() {
    };

    private final InspectionRepository inspections;
    private final InspectionProblemRepository problems;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public InspectionService(InspectionRepository inspections, InspectionProblemRepository problems, Caller caller,
            Clock clock, ObjectMapper json) {
        this.inspections = inspections;
        this.problems = problems;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    @Transactional
    public InspectionView record(RecordInspectionRequest request) {
        caller.requireRegion(request.region());
        List<FoundProblem> found = request.problems() == null ? List.of() : request.problems();
        List<Problem.Violation> violations = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            Integer index = found.get(i).productIndex();
            if (index != null && index >= request.products().size()) {
                violations.add(new Problem.Violation("problems[" + i + "].productIndex",
                        "must name one of the " + request.products().size() + " products (from 0)", index.toString()));
            }
        }
        FollowUpInput followUp = request.followUp() == null
                ? new FollowUpInput(FollowUpAction.NONE, null, null, null, null, null)
                : request.followUp();
        violations.addAll(followUpViolations("followUp", followUp, request.inspectedOn()));
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        List<InspectedProduct> products = request.products().stream()
                .map(p -> new InspectedProduct(p.name().strip(), p.model() == null ? null : p.model().strip(),
                        p.quantity(),
                        p.patentMarking() == null ? null : PatentApplicationNumber.normalize(p.patentMarking())))
                .toList();
        EnforcementInspection inspection = EnforcementInspection.record(request.region(), request.place().strip(),
                request.inspectedOn(), request.partyName().strip(), request.partyUscc(), write(products),
                followUp(followUp), caller.name(), OffsetDateTime.now(clock));
        inspections.persist(inspection);
        for (int i = 0; i < found.size(); i++) {
            FoundProblem problem = found.get(i);
            problems.persist(InspectionProblem.of(inspection, i, problem.type(), problem.productIndex(),
                    problem.description().strip()));
        }
        return view(inspection, found.stream()
                .map(p -> new FoundProblem(p.type(), p.productIndex(), p.description().strip())).toList());
    }

    /** Records the follow-up outcome on the version the caller read (409 VERSION_CONFLICT when stale). */
    @Transactional
    public InspectionView followUp(UUID id, String ifMatch, RecordFollowUpRequest request) {
        EnforcementInspection inspection = load(id);
        EntityVersions.checkEither(ifMatch, request.version(), inspection.version());
        List<Problem.Violation> violations = followUpViolations("followUp", request.followUp(),
                inspection.inspectedOn());
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        inspection.follow(followUp(request.followUp()), OffsetDateTime.now(clock));
        inspections.flush();
        return view(inspection, problemsOf(List.of(inspection)).getOrDefault(id, List.of()));
    }

    public InspectionView get(UUID id) {
        EnforcementInspection inspection = load(id);
        return view(inspection, problemsOf(List.of(inspection)).getOrDefault(id, List.of()));
    }

    /** A page within the caller's region; the problems of the whole page in one query. */
    public Page<InspectionView> search(InspectionRepository.Filter filter, PageQuery query) {
        Page<EnforcementInspection> page = inspections.search(filter, caller.officerRegions().orElse(null), query);
        Map<UUID, List<FoundProblem>> found = problemsOf(page.items());
        return page.map(i -> view(i, found.getOrDefault(i.id(), List.of())));
    }

    private EnforcementInspection load(UUID id) {
        EnforcementInspection inspection = inspections.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("INSPECTION_NOT_FOUND", id));
        if (caller.officerRegions().filter(reach -> !reach.includes(inspection.region())).isPresent()) {
            throw new NotFoundException("INSPECTION_NOT_FOUND", id);
        }
        return inspection;
    }

    private Map<UUID, List<FoundProblem>> problemsOf(List<EnforcementInspection> page) {
        Map<UUID, List<FoundProblem>> found = new LinkedHashMap<>();
        for (InspectionProblem p : problems.of(page.stream().map(EnforcementInspection::id).toList())) {
            found.computeIfAbsent(p.inspectionId(), k -> new ArrayList<>())
                    .add(new FoundProblem(p.type(), p.productIndex(), p.description()));
        }
        return found;
    }

    /** What each follow-up action needs, and dates not before the inspection. */
    private static List<Problem.Violation> followUpViolations(String field, FollowUpInput f,
            LocalDate inspectedOn) {
        List<Problem.Violation> violations = new ArrayList<>();
        requirePresence(violations, field + ".dueOn", f.dueOn(), f.action() == FollowUpAction.RECTIFICATION_ORDERED);
        requirePresence(violations, field + ".caseReference", blankToNull(f.caseReference()),
                f.action() == FollowUpAction.CASE_FILED);
        requirePresence(violations, field + ".transferredTo", blankToNull(f.transferredTo()),
                f.action() == FollowUpAction.TRANSFERRED);
        if (f.dueOn() != null && f.dueOn().isBefore(inspectedOn)) {
            violations.add(new Problem.Violation(field + ".dueOn", "must not be before the inspection",
                    f.dueOn().toString()));
        }
        if (f.doneOn() != null && f.doneOn().isBefore(inspectedOn)) {
            violations.add(new Problem.Violation(field + ".doneOn", "must not be before the inspection",
                    f.doneOn().toString()));
        }
        return violations;
    }

    private static void requirePresence(List<Problem.Violation> violations, String field, Object value,
            boolean required) {
        if (required && value == null) {
            violations.add(new Problem.Violation(field, "required for this action", null));
        } else if (!required && value != null) {
            violations.add(new Problem.Violation(field, "only for its own action", value.toString()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static EnforcementInspection.FollowUp followUp(FollowUpInput f) {
        return new EnforcementInspection.FollowUp(f.action(), f.dueOn(), blankToNull(f.caseReference()),
                blankToNull(f.transferredTo()), f.doneOn(), blankToNull(f.note()));
    }

    private InspectionView view(EnforcementInspection i, List<FoundProblem> found) {
        EnforcementInspection.FollowUp f = i.followUp();
        return new InspectionView(i.id(), i.region(), i.place(), i.inspectedOn(), i.partyName(), i.partyUscc(),
                read(i.productsJson()), found, found.size(),
                new FollowUpInput(f.action(), f.dueOn(), f.caseReference(), f.transferredTo(), f.doneOn(), f.note()),
                i.recordedBy(), i.recordedAt(), i.updatedAt(), i.version());
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the products as JSON", e);
        }
    }

    private List<InspectedProduct> read(String stored) {
        try {
            return json.readValue(stored, PRODUCTS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored products cannot be read", e);
        }
    }
}
