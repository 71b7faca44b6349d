package org.keji.ip.patent;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.Problem;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.commons.web.JsonColumns;
import org.keji.ip.patent.dto.AppendLegalEventRequest;
import org.keji.ip.patent.dto.HolderInput;
import org.keji.ip.patent.dto.HolderView;
import org.keji.ip.patent.dto.ImportItemResult;
import org.keji.ip.patent.dto.ImportOutcome;
import org.keji.ip.patent.dto.ImportPatentsRequest;
import org.keji.ip.patent.dto.ImportPatentsResult;
import org.keji.ip.patent.dto.InventorView;
import org.keji.ip.patent.dto.LegalEventDetails;
import org.keji.ip.patent.dto.LegalEventView;
import org.keji.ip.patent.dto.PatentView;
import org.keji.ip.patent.dto.RegisterPatentRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Patents and their legal-status log. Every write appends to the log and moves the cached status in one transaction,
 * with the ip event it tells enterprise-service ({@link PatentEvents}) in the outbox. A registration or an import
 * publishes nothing: its log opens with FILED (neither takes a grant), and no contract exists for a filing.
 */
@ApplicationScoped
public class PatentService {

    /** The most items one import takes; its cost grows with its own items only. */
    public static final int IMPORT_LIMIT = 1000;

    private static final BigDecimal HUNDRED = new BigDecimal("100.00");

    private final PatentRepository patents;
    private final PatentHolderRepository holders;
    private final PatentLegalEventRepository log;
    private final Caller caller;
    private final Clock clock;
    private final Validator validator;
    private final ObjectMapper json;
    private final PatentEvents events;
    private final PatentReach reach;

    public PatentService(PatentRepository patents, PatentHolderRepository holders, PatentLegalEventRepository log,
            Caller caller, Clock clock, Validator validator, ObjectMapper json, PatentEvents events, PatentReach reach) {
        this.patents = patents;
        this.holders = holders;
        this.log = log;
        this.caller = caller;
        this.clock = clock;
        this.validator = validator;
        this.json = json;
        this.events = events;
        this.reach = reach;
    }

    /**
     * Registers one patent (its log opens with FILED). The INSERT finds a registered number itself (unique constraint).
     *
     * @throws InvalidRequestException 400 {@code VALIDATION_FAILED} for a filing date outside the number's year, shares
     *         not summing to 100.00, a holder twice, or no region
     * @throws ConflictException 409 {@code PATENT_ALREADY_REGISTERED}
     */
    @Transactional
    public PatentView register(RegisterPatentRequest request) {
        List<Problem.Violation> violations = ruleViolations(request, "");
        if (!violations.isEmpty()) {
            throw new InvalidRequestException("VALIDATION_FAILED", violations);
        }
        String region = regionOf(request);
        caller.requireRegion(region);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Patent patent = newPatent(request, region, now);
        UniqueInserts.insert(() -> {
            patents.persist(patent);
            patents.flush();
        }, Patent.NUMBER_UNIQUE, () -> new ConflictException("PATENT_ALREADY_REGISTERED", patent.applicationNumber()));
        List<PatentHolder> current = writeHolders(patent.id(), request.holders());
        writeFiled(patent, request, now);
        return view(patent, current);
    }

    /**
     * Registers a batch, each item on its own: every item is validated in full first; the valid ones are inserted with
     * {@code ON CONFLICT DO NOTHING}, so a number registered meanwhile is reported, not fatal, and nothing of an invalid
     * item is written.
     */
    @Transactional
    public ImportPatentsResult importBatch(ImportPatentsRequest request) {
        if (request.items().size() > IMPORT_LIMIT) {
            throw InvalidRequestException.field("PATENT_IMPORT_TOO_LARGE", "items",
                    "at most " + IMPORT_LIMIT + " items", String.valueOf(request.items().size()));
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ImportItemResult> results = new ArrayList<>();
        Map<String, Integer> firstIndex = new HashMap<>();
        List<Integer> alreadyRegistered = new ArrayList<>();
        for (int i = 0; i < request.items().size(); i++) {
            RegisterPatentRequest item = request.items().get(i);
            List<Problem.Violation> violations = itemViolations(item);
            String number = item == null || item.applicationNumber() == null ? null : item.applicationNumber();
            if (violations.isEmpty()) {
                number = PatentApplicationNumber.normalize(number);
                Integer earlier = firstIndex.putIfAbsent(number, i);
                if (earlier != null) {
                    violations = List.of(new Problem.Violation("applicationNumber",
                            "the same number as item " + earlier + " of this import", number));
                }
            }
            if (!violations.isEmpty()) {
                results.add(new ImportItemResult(i, number, ImportOutcome.INVALID, null, violations));
                continue;
            }
            Patent patent = newPatent(item, regionOf(item), now);
            if (patents.insertIfAbsent(patent)) {
                writeHolders(patent.id(), item.holders());
                writeFiled(patent, item, now);
                results.add(new ImportItemResult(i, number, ImportOutcome.CREATED, patent.id(), List.of()));
            } else {
                alreadyRegistered.add(i);
                results.add(new ImportItemResult(i, number, ImportOutcome.ALREADY_REGISTERED, null, List.of()));
            }
        }
        if (!alreadyRegistered.isEmpty()) {
            Map<String, UUID> ids = patents.idsByNumber(
                    alreadyRegistered.stream().map(i -> results.get(i).applicationNumber()).toList());
            for (int i : alreadyRegistered) {
                ImportItemResult r = results.get(i);
                results.set(i, new ImportItemResult(i, r.applicationNumber(), r.outcome(),
                        ids.get(r.applicationNumber()), r.violations()));
            }
        }
        int created = (int) results.stream().filter(r -> r.outcome() == ImportOutcome.CREATED).count();
        int invalid = (int) results.stream().filter(r -> r.outcome() == ImportOutcome.INVALID).count();
        return new ImportPatentsResult(created, alreadyRegistered.size(), invalid, results);
    }

    public PatentView get(UUID id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("PATENT_NOT_FOUND", id);
        Patent patent = patents.findByIdOptional(id).orElseThrow(notFound);
        List<PatentHolder> current = holders.listByPatent(id);
        requireReach(patent, current, notFound);
        return view(patent, current);
    }

    /**
     * @throws InvalidRequestException 400 {@code INVALID_APPLICATION_NUMBER} for a number that is not valid in any
     *         accepted form
     */
    public PatentView getByNumber(String applicationNumber) {
        if (!PatentApplicationNumber.isValid(applicationNumber)) {
            throw InvalidRequestException.field("INVALID_APPLICATION_NUMBER", "applicationNumber",
                    "not a valid patent application number (check character included)", applicationNumber);
        }
        String number = PatentApplicationNumber.normalize(applicationNumber);
        Supplier<NotFoundException> notFound = () -> new NotFoundException("PATENT_NOT_FOUND", number);
        Patent patent = patents.findByNumber(number).orElseThrow(notFound);
        List<PatentHolder> current = holders.listByPatent(patent.id());
        requireReach(patent, current, notFound);
        return view(patent, current);
    }

    /** A page of patents: an applicant's own, an officer's region, everything for admins and integrations. */
    public Page<PatentView> search(PatentFilter filter, PageQuery query) {
        String own = caller.is(Roles.APPLICANT) ? caller.uscc().orElse("-") : null;
        Page<Patent> page = patents.search(filter, caller.officerRegions().orElse(null), own, LocalDate.now(clock),
                query);
        Map<UUID, List<PatentHolder>> byPatent = holders.byPatents(page.items().stream().map(Patent::id).toList());
        return page.map(p -> view(p, byPatent.getOrDefault(p.id(), List.of())));
    }

    public List<LegalEventView> legalEvents(UUID id) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("PATENT_NOT_FOUND", id);
        Patent patent = patents.findByIdOptional(id).orElseThrow(notFound);
        requireReach(patent, holders.listByPatent(id), notFound);
        return log.log(id).stream().map(this::view).toList();
    }

    /**
     * Appends one event after checking it is legal from the current derived status, and moves the cached status, the
     * holders (a transfer) and the version, and writes its ip event to the outbox ({@link PatentEvents}), in the same
     * transaction. Of two concurrent appends one wins, the other meets the raised version (409
     * {@code VERSION_CONFLICT}) and writes no event.
     *
     * @throws org.keji.commons.problem.IllegalTransitionException 409 {@code PATENT_EVENT_NOT_ALLOWED}
     * @throws org.keji.commons.problem.BusinessRuleException 422 {@code RESTORATION_WINDOW_CLOSED}
     */
    @Transactional
    public LegalEventView append(UUID id, AppendLegalEventRequest request) {
        Supplier<NotFoundException> notFound = () -> new NotFoundException("PATENT_NOT_FOUND", id);
        Patent patent = patents.findByIdOptional(id).orElseThrow(notFound);
        List<PatentHolder> current = holders.listByPatent(id);
        requireReach(patent, current, notFound);
        EntityVersions.check(null, request.version(), patent.version());
        LegalEventDetails details = checkedDetails(patent, request);
        LocalDate today = LocalDate.now(clock);
        LegalStatus before = patent.statusOn(today);
        List<PatentHolder> previous = current;
        int sequence = patent.record(request.kind(), request.effectiveDate(), details.noticeDate(), today);
        // the UPDATE … WHERE version = ? runs here: a concurrent append that won first makes this one fail
        patents.flush();
        if (request.kind() == LegalEventKind.TRANSFERRED) {
            holders.removeAll(id);
            current = writeHolders(id, details.newHolders());
        }
        PatentLegalEvent event = PatentLegalEvent.of(id, sequence, request.kind(), request.effectiveDate(),
                JsonColumns.write(json, details), caller.name(), OffsetDateTime.now(clock));
        log.persist(event);
        events.appended(patent, before, patent.logStatus(), previous, current, request.kind(),
                request.effectiveDate());
        return view(event);
    }

    /**
     * Publishes the end of term of one batch of granted patents whose term ended ({@link PatentEvents#termExpired}) and
     * marks them published, in one transaction; returns how many. Rows other transactions hold are left to them.
     */
    @Transactional
    public int publishTermExpiredBatch(int limit) {
        List<Patent> due = patents.claimTermExpired(LocalDate.now(clock), limit);
        if (due.isEmpty()) {
            return 0;
        }
        List<UUID> ids = due.stream().map(Patent::id).toList();
        Map<UUID, List<PatentHolder>> byPatent = holders.byPatents(ids);
        due.forEach(p -> events.termExpired(p, byPatent.getOrDefault(p.id(), List.of())));
        patents.markTermExpiryPublished(ids);
        return due.size();
    }

    private LegalEventDetails checkedDetails(Patent patent, AppendLegalEventRequest request) {
        LegalEventDetails details = request.details() == null ? LegalEventDetails.NONE : request.details();
        if (request.effectiveDate().isBefore(patent.filingDate())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "effectiveDate", "must not precede the filing date",
                    request.effectiveDate());
        }
        switch (request.kind()) {
            case GRANTED -> {
                String grantNumber = "ZL" + patent.applicationNumber();
                if (details.grantNumber() != null && !grantNumber.equals(details.grantNumber())) {
                    throw InvalidRequestException.field("VALIDATION_FAILED", "details.grantNumber",
                            "must be ZL + the application number: " + grantNumber, details.grantNumber());
                }
                details = new LegalEventDetails(grantNumber, null, details.reason(), null);
            }
            case ANNUITY_LAPSED -> {
                if (details.noticeDate() == null) {
                    throw InvalidRequestException.field("VALIDATION_FAILED", "details.noticeDate",
                            "the date of the lapse notice is required", null);
                }
            }
            case TRANSFERRED -> {
                if (details.newHolders() == null || details.newHolders().isEmpty()) {
                    throw InvalidRequestException.field("VALIDATION_FAILED", "details.newHolders",
                            "the new holders are required", null);
                }
                List<Problem.Violation> violations = holderViolations(details.newHolders(), "details.newHolders");
                if (!violations.isEmpty()) {
                    throw new InvalidRequestException("VALIDATION_FAILED", violations);
                }
            }
            default -> {
            }
        }
        return details;
    }

    /** Bean Validation and the rules of {@link #ruleViolations} for one import item, as violations. */
    private List<Problem.Violation> itemViolations(RegisterPatentRequest item) {
        if (item == null) {
            return List.of(new Problem.Violation("", "must not be null", null));
        }
        List<Problem.Violation> violations = new ArrayList<>();
        for (ConstraintViolation<RegisterPatentRequest> v : validator.validate(item)) {
            violations.add(new Problem.Violation(v.getPropertyPath().toString(), v.getMessage(),
                    v.getInvalidValue() == null ? null : String.valueOf(v.getInvalidValue())));
        }
        if (violations.isEmpty()) {
            violations.addAll(ruleViolations(item, ""));
        }
        if (violations.isEmpty()) {
            String region = regionOf(item);
            if (caller.officerRegions().filter(reach -> !reach.includes(region)).isPresent()) {
                violations.add(new Problem.Violation("region", "outside the officer's region", region));
            }
        }
        violations.sort((a, b) -> a.field().compareTo(b.field()));
        return violations;
    }

    /** The rules Bean Validation cannot express: filing year, shares, holders once, a region. */
    private List<Problem.Violation> ruleViolations(RegisterPatentRequest request, String prefix) {
        List<Problem.Violation> violations = new ArrayList<>();
        PatentApplicationNumber number = PatentApplicationNumber.of(request.applicationNumber());
        if (request.filingDate().getYear() != number.filingYear()) {
            violations.add(new Problem.Violation(prefix + "filingDate",
                    "must fall in " + number.filingYear() + ", the filing year of the application number",
                    request.filingDate().toString()));
        }
        violations.addAll(holderViolations(request.holders(), prefix + "holders"));
        if (violations.isEmpty() && regionOf(request) == null) {
            violations.add(new Problem.Violation(prefix + "region",
                    "required when the first holder's code carries no region digits", null));
        }
        return violations;
    }

    private static List<Problem.Violation> holderViolations(List<HolderInput> list, String field) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < list.size(); i++) {
            HolderInput holder = list.get(i);
            if (!seen.add(holder.uscc())) {
                violations.add(new Problem.Violation(field + "[" + i + "].uscc", "the same holder twice", holder.uscc()));
            }
            sum = sum.add(holder.share());
        }
        if (sum.compareTo(HUNDRED) != 0) {
            violations.add(new Problem.Violation(field, "the shares must sum to exactly 100.00", sum.toPlainString()));
        }
        return violations;
    }

    /** The region given, else the region digits (3rd–8th characters) of the first holder's USCC; null if neither. */
    private static String regionOf(RegisterPatentRequest request) {
        if (request.region() != null) {
            return request.region();
        }
        String digits = request.holders().get(0).uscc().substring(2, 8);
        return digits.matches("\\d{6}") ? digits : null;
    }

    private Patent newPatent(RegisterPatentRequest request, String region, OffsetDateTime now) {
        List<String> ipc = request.ipcClasses() == null ? List.of() : request.ipcClasses();
        List<Inventor> inventors = request.inventors() == null ? List.of()
                : request.inventors().stream().map(i -> new Inventor(i.name().strip(), i.idNumber())).toList();
        return Patent.register(PatentApplicationNumber.of(request.applicationNumber()), request.title().strip(),
                request.ipcMainClass(), JsonColumns.write(json, ipc), request.filingDate(), region,
                JsonColumns.write(json, inventors), caller.name(), now);
    }

    private List<PatentHolder> writeHolders(UUID patentId, List<HolderInput> input) {
        List<PatentHolder> written = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            HolderInput h = input.get(i);
            PatentHolder holder = PatentHolder.of(patentId, i, h.uscc(), h.name().strip(),
                    h.share().setScale(2));
            holders.persist(holder);
            written.add(holder);
        }
        return written;
    }

    private void writeFiled(Patent patent, RegisterPatentRequest request, OffsetDateTime now) {
        LegalEventDetails details = new LegalEventDetails(null, null, null, request.holders());
        PatentLegalEvent filed = PatentLegalEvent.of(patent.id(), 1, LegalEventKind.FILED, patent.filingDate(),
                JsonColumns.write(json, details), caller.name(), now);
        log.persist(filed);
    }

    /** An applicant reaches the patents it holds (any holder); others through their region, as for enterprises. */
    private void requireReach(Patent patent, List<PatentHolder> current, Supplier<NotFoundException> notFound) {
        reach.require(current.stream().map(PatentHolder::uscc).toList(), patent.region(), notFound);
    }

    private PatentView view(Patent patent, List<PatentHolder> current) {
        boolean fullIds = caller.is(Roles.OFFICER) || caller.is(Roles.ADMIN);
        List<InventorView> inventors = JsonColumns.read(json, patent.inventors(), new TypeReference<List<Inventor>>() {
        }).stream().map(i -> new InventorView(i.name(), fullIds ? i.idNumber() : ResidentIdNumber.masked(i.idNumber())))
                .toList();
        LegalStatus status = patent.statusOn(LocalDate.now(clock));
        return new PatentView(patent.id(), patent.applicationNumber(), patent.type(), patent.title(),
                patent.ipcMainClass(), JsonColumns.read(json, patent.ipcClasses(), new TypeReference<List<String>>() {
                }), patent.filingDate(), patent.region(), current.stream().map(HolderView::of).toList(), inventors,
                status.status(), status.lapseReason(), status.grantNumber(), status.grantedOn(), status.lapsedOn(),
                patent.termEndsOn(), status.restored(), status.transferred(), status.invalidationPending(),
                patent.version(), patent.registeredBy(), patent.registeredAt());
    }

    private LegalEventView view(PatentLegalEvent event) {
        return new LegalEventView(event.id(), event.sequence(), event.kind(), event.nationalCode(),
                event.st27Category(), event.effectiveDate(), JsonColumns.read(json, event.details(), new TypeReference<>() {
                }), event.recordedAt(), event.recordedBy());
    }

}
