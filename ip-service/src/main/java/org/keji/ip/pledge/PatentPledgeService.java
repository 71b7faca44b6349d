package org.keji.ip.pledge;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;
import org.keji.commons.calendar.WorkingCalendars;
import org.keji.commons.calendar.WorkingDayCalendar;
import org.keji.commons.cases.CaseClock;
import org.keji.commons.cases.CaseEvents;
import org.keji.commons.cases.CaseRecounter;
import org.keji.commons.event.CloudEvent;
import org.keji.commons.event.EventJson;
import org.keji.commons.event.PoisonEventException;
import org.keji.commons.event.cases.CaseOutcome;
import org.keji.commons.event.pledge.CoHolderConsent;
import org.keji.commons.event.pledge.PatentPledgeRefused;
import org.keji.commons.event.pledge.PatentPledgeRegistered;
import org.keji.commons.event.pledge.PatentPledgeReleaseRequested;
import org.keji.commons.event.pledge.PatentPledgeReleased;
import org.keji.commons.event.pledge.PatentPledgeRequested;
import org.keji.commons.event.pledge.PledgeRefusal;
import org.keji.commons.event.pledge.PledgeReleaseReason;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.Uscc;
import org.keji.commons.inbox.Inbox;
import org.keji.commons.material.MaterialReferences;
import org.keji.commons.money.Money;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.problem.UniqueInserts;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.tracking.TrackingNumberGenerator;
import org.keji.commons.tracking.TrackingPrefix;
import org.keji.commons.web.JsonColumns;
import org.keji.ip.pledge.dto.CoHolderConsentInput;
import org.keji.ip.pledge.dto.PatentPledgeView;
import org.keji.ip.pledge.dto.PledgeGroundView;
import org.keji.ip.pledge.dto.RefusePledgeRequest;
import org.keji.ip.pledge.dto.ReleasePledgeRequest;
import org.keji.ip.pledge.dto.RequestPatentPledgeRequest;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Patent pledge registrations: an officer's request through the API, decided by an officer, and finance-service's
 * request through the pledge saga, decided at once. Each change writes the case events and the saga's answer to the
 * outbox in its transaction.
 */
@ApplicationScoped
public class PatentPledgeService implements CaseRecounter {

    /** The inbox consumer of finance-service's saga events. */
    static final String CONSUMER = "ip-service.patent-pledges";
    /** Who requested a case opened by the saga. */
    static final String FINANCE = "finance-service";

    private static final Logger LOG = Logger.getLogger(PatentPledgeService.class);
    private static final TypeReference<List<PledgeGroundView>> GROUNDS = new TypeReference<>() {
    };
    private static final TypeReference<List<CoHolderConsentInput>> CONSENTS = new TypeReference<>() {
    };
    private static final TypeReference<List<String>> TEXTS = new TypeReference<>() {
    };

    private final PatentPledgeRepository pledges;
    private final PledgeChecks checks;
    private final TrackingNumberGenerator trackingNumbers;
    private final Outbox outbox;
    private final CaseEvents caseEvents;
    private final Inbox inbox;
    private final MaterialReferences materialReferences;
    private final WorkingCalendars calendars;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json;

    public PatentPledgeService(PatentPledgeRepository pledges, PledgeChecks checks,
            TrackingNumberGenerator trackingNumbers, Outbox outbox, CaseEvents caseEvents, Inbox inbox,
            MaterialReferences materialReferences, WorkingCalendars calendars, Caller caller, Clock clock,
            ObjectMapper json) {
        this.pledges = pledges;
        this.checks = checks;
        this.trackingNumbers = trackingNumbers;
        this.outbox = outbox;
        this.caseEvents = caseEvents;
        this.inbox = inbox;
        this.materialReferences = materialReferences;
        this.calendars = calendars;
        this.caller = caller;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Opens a case with the grounds that apply today (a preview; nothing is decided). The region is the one given, else
     * the pledgor's USCC's; an officer files only within its region. The pledge contract is the pledgor's material.
     */
    @Transactional
    public PatentPledgeView request(RequestPatentPledgeRequest request) {
        String pledgor = request.pledgorUscc();
        String region = request.region() != null ? request.region() : regionOf(pledgor);
        if (region == null) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "region",
                    "required: the pledgor's code carries no region", null);
        }
        caller.requireRegion(region);
        List<String> numbers = request.applicationNumbers().stream().map(PatentApplicationNumber::normalize).toList();
        if (new HashSet<>(numbers).size() != numbers.size()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "applicationNumbers", "each patent at most once",
                    String.join(", ", numbers));
        }
        if (request.securedAmount().isNegative() || request.securedAmount().isZero()) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "securedAmount", "must be more than zero",
                    request.securedAmount().toString());
        }
        if (request.debtTermEnd().isBefore(request.debtTermStart())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "debtTermEnd", "must not be before debtTermStart",
                    request.debtTermEnd().toString());
        }
        materialReferences.require(pledgor, List.of(request.contractMaterialId()));
        List<CoHolderConsent> consents = request.coHolderConsents() == null ? List.of()
                : request.coHolderConsents().stream()
                        .map(c -> new CoHolderConsent(c.uscc(), c.consentMaterialId())).toList();
        PatentPledge.Terms terms = new PatentPledge.Terms(UUID.randomUUID(), PledgeOrigin.OFFICER,
                request.loanReference(), pledgor, request.pledgee().bankId(), request.pledgee().name().strip(),
                request.securedAmount(), request.debtTermStart(), request.debtTermEnd(), request.contractMaterialId(),
                JsonColumns.write(json, consents), numbers.size(), region);
        List<PledgeRefusal> preview = checks.grounds(new PledgeChecks.Subject(pledgor, numbers,
                request.debtTermEnd(), consents), today());
        PatentPledge pledge = open(terms, numbers, preview, caller.name());
        return view(pledge, numbers);
    }

    /** The outcome of a registration: the pledge registered, or the grounds found at decision time. */
    public record Registration(PatentPledgeView pledge, String trackingNumber, List<PledgeRefusal> grounds) {
    }

    /**
     * Checks every ground again at decision time: with none the pledge is registered (registration number, published
     * {@code …registered.v1}); with some, nothing changes and the caller answers 422 with them.
     *
     * @throws PledgeRaceLost 409 when another registration of one of the patents committed meanwhile: this request's
     *         transaction is lost (the case stays REQUESTED); a new attempt finds ALREADY_PLEDGED
     */
    @Transactional
    public Registration register(UUID id) {
        PatentPledge pledge = load(id, true);
        pledge.requireRegistrable();
        List<String> numbers = numbers(pledge);
        LocalDate today = today();
        List<PledgeRefusal> grounds = checks.grounds(subject(pledge, numbers), today);
        if (!grounds.isEmpty()) {
            return new Registration(null, pledge.trackingNumber(), grounds);
        }
        registerNow(pledge, numbers, today);
        return new Registration(view(pledge, numbers), pledge.trackingNumber(), List.of());
    }

    /**
     * Refuses on every ground found today, with the officer's reasons; a refusal rests on at least one ground (with
     * none, 422 {@code PLEDGE_NO_REFUSAL_GROUND}: the pledge is to be registered).
     */
    @Transactional
    public PatentPledgeView refuse(UUID id, RefusePledgeRequest request) {
        PatentPledge pledge = load(id, true);
        pledge.requireRegistrable();
        List<String> numbers = numbers(pledge);
        LocalDate today = today();
        List<PledgeRefusal> grounds = checks.grounds(subject(pledge, numbers), today);
        if (grounds.isEmpty()) {
            throw new BusinessRuleException("PLEDGE_NO_REFUSAL_GROUND", pledge.trackingNumber());
        }
        refuseNow(pledge, grounds, JsonColumns.write(json, request.reasons().stream().map(String::strip).toList()), today);
        return view(pledge, numbers);
    }

    /** Releases a registered pledge (注销): its patents may be pledged again; publishes {@code …released.v1}. */
    @Transactional
    public PatentPledgeView release(UUID id, ReleasePledgeRequest request) {
        PatentPledge pledge = load(id, true);
        releaseNow(pledge, request.reason());
        return view(pledge, numbers(pledge));
    }

    /**
     * Applies one event of {@code keji.finance.v1} at most once (inbox): a pledge request opens a case and decides it at
     * once; a release request releases. A request id seen before (a new event id for the same request) changes nothing
     * and is not answered again.
     *
     * @throws PledgeRaceLost when a concurrent registration or case won a race (run it again)
     * @throws PoisonEventException for a saga event that can never be applied
     */
    @Transactional
    public void onFinanceEvent(String message) {
        inbox.receive(CONSUMER, message).ifPresent(event -> {
            switch (event.type()) {
                case PatentPledgeRequested.TYPE -> requested(event, EventJson.data(event, PatentPledgeRequested.class));
                case PatentPledgeReleaseRequested.TYPE -> releaseRequested(event,
                        EventJson.data(event, PatentPledgeReleaseRequested.class));
                default -> inbox.skipUnknown(CONSUMER, event);
            }
        });
    }

    private void requested(CloudEvent event, PatentPledgeRequested data) {
        UUID requestId = required(event, "requestId", data.requestId());
        if (pledges.lockByRequestId(requestId).isPresent()) {
            LOG.infof("event %s asks again for pledge request %s: its case exists and was answered", event.id(),
                    requestId);
            return;
        }
        String pledgor = required(event, "pledgorUscc", data.pledgorUscc());
        String region = Uscc.isWellFormed(pledgor) ? regionOf(pledgor) : null;
        if (region == null) {
            throw poison(event, "pledgorUscc " + pledgor + " is not a unified social credit code with a region");
        }
        if (data.pledgee() == null || isBlank(data.pledgee().bankId()) || isBlank(data.pledgee().name())) {
            throw poison(event, "pledgee with bankId and name is missing");
        }
        if (data.applicationNumbers().isEmpty()) {
            throw poison(event, "no patent is named");
        }
        List<String> numbers = data.applicationNumbers().stream()
                .map(n -> PatentApplicationNumber.isValid(n) ? PatentApplicationNumber.normalize(n) : n).toList();
        if (new HashSet<>(numbers).size() != numbers.size() || numbers.stream().anyMatch(n -> n.length() > 20)) {
            throw poison(event, "applicationNumbers name a patent twice or are not numbers: " + numbers);
        }
        Money secured = required(event, "securedAmount", data.securedAmount());
        LocalDate start = required(event, "debtTermStart", data.debtTermStart());
        LocalDate end = required(event, "debtTermEnd", data.debtTermEnd());
        if (secured.isNegative() || secured.isZero() || end.isBefore(start)) {
            throw poison(event, "securedAmount must be more than zero and the debt term must not end before it starts");
        }
        if (data.coHolderConsents().stream().anyMatch(c -> c == null || c.uscc() == null
                || c.consentMaterialId() == null)) {
            throw poison(event, "a co-holder consent lacks its uscc or material");
        }
        PatentPledge.Terms terms = new PatentPledge.Terms(requestId, PledgeOrigin.FINANCE, data.loanReference(),
                pledgor, data.pledgee().bankId(), data.pledgee().name(), secured, start, end, null,
                JsonColumns.write(json, data.coHolderConsents()), numbers.size(), region);
        LocalDate today = today();
        List<PledgeRefusal> grounds = checks.grounds(new PledgeChecks.Subject(pledgor, numbers, end,
                data.coHolderConsents()), today);
        PatentPledge pledge = open(terms, numbers, grounds, FINANCE);
        // a bank's request through the programme has no human step: decided at once on the same checks, the case
        // opened and closed in one transaction (its 7-day clock shows it decided on its first day)
        if (grounds.isEmpty()) {
            registerNow(pledge, numbers, today);
        } else {
            refuseNow(pledge, grounds, null, today);
        }
    }

    private void releaseRequested(CloudEvent event, PatentPledgeReleaseRequested data) {
        UUID requestId = required(event, "requestId", data.requestId());
        PatentPledge pledge = pledges.lockByRequestId(requestId)
                .orElseThrow(() -> poison(event, "no pledge was requested under " + requestId));
        if (data.registrationNumber() != null && !data.registrationNumber().equals(pledge.registrationNumber())) {
            throw poison(event, "registration number " + data.registrationNumber() + " is not the one of request "
                    + requestId + " (" + pledge.registrationNumber() + ")");
        }
        if (pledge.status() == PledgeStatus.RELEASED) {
            LOG.infof("event %s asks again to release %s: released on %s and answered", event.id(),
                    pledge.registrationNumber(), pledge.releasedOn());
            return;
        }
        if (pledge.status() != PledgeStatus.REGISTERED) {
            throw poison(event, "pledge of request " + requestId + " is " + pledge.status() + ", not registered");
        }
        releaseNow(pledge, data.reason() == null ? PledgeReleaseReason.OTHER : data.reason());
    }

    /** Persists the case and its patents and announces it; the request id is unique (one case per saga request). */
    private PatentPledge open(PatentPledge.Terms terms, List<String> numbers, List<PledgeRefusal> preview,
            String requestedBy) {
        LocalDate today = today();
        PledgeMatter matter = pledges.getEntityManager().find(PledgeMatter.class, PledgeMatter.REGISTRATION);
        PatentPledge pledge = PatentPledge.request(trackingNumbers.next(TrackingPrefix.IP), matter, terms,
                JsonColumns.write(json, preview), today, calendar(), requestedBy, OffsetDateTime.now(clock));
        UniqueInserts.insert(() -> {
            pledges.persist(pledge);
            pledges.flush();
        }, PatentPledge.REQUEST_UNIQUE, () -> new PledgeRaceLost(terms.requestId()));
        pledges.addPatents(pledge.id(), numbers);
        caseEvents.opened(pledge.reference(), pledge.clock(), pledge.status().name());
        return pledge;
    }

    private void registerNow(PatentPledge pledge, List<String> numbers, LocalDate today) {
        UniqueInserts.insert(() -> pledges.activate(pledge.id()), PatentPledge.ACTIVE_PATENT_UNIQUE,
                () -> new PledgeRaceLost(pledge.trackingNumber()));
        String number = registrationNumber(today.getYear(), pledge.region(), pledges.nextRegistrationSequence());
        pledge.register(number, today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new PatentPledgeRegistered(pledge.requestId(), number, today, numbers,
                pledge.securedAmount()));
        caseEvents.closed(pledge.reference(), pledge.clock(), pledge.status().name(),
                PledgeStatus.REQUESTED.name(), CaseOutcome.APPROVED);
    }

    private void refuseNow(PatentPledge pledge, List<PledgeRefusal> grounds, String reasonsJson, LocalDate today) {
        pledge.refuse(JsonColumns.write(json, grounds), reasonsJson, today, calendar(), OffsetDateTime.now(clock));
        outbox.publish(new PatentPledgeRefused(pledge.requestId(), today, grounds));
        caseEvents.closed(pledge.reference(), pledge.clock(), pledge.status().name(),
                PledgeStatus.REQUESTED.name(), CaseOutcome.REFUSED);
    }

    private void releaseNow(PatentPledge pledge, PledgeReleaseReason reason) {
        pledge.requireReleasable();
        LocalDate today = today();
        pledges.deactivate(pledge.id());
        pledge.release(reason, today, OffsetDateTime.now(clock));
        outbox.publish(new PatentPledgeReleased(pledge.requestId(), pledge.registrationNumber(), today));
        caseEvents.statusChanged(pledge.reference(), pledge.clock(), pledge.status().name(),
                PledgeStatus.REGISTERED.name());
    }

    /**
     * Counts the due dates of the open cases whose dates are provisional again, once the calendar of {@code year} is
     * loaded, and announces each case whose dates changed. Returns how many changed.
     */
    @Override
    @Transactional
    public int recomputeDueDates(int year) {
        return caseEvents.recounted(pledges.lockOpenWithProvisionalDueDates(year), calendar());
    }

    @Override
    public String recountedCases() {
        return "open pledge registrations";
    }

    public PatentPledgeView get(UUID id) {
        PatentPledge pledge = load(id, false);
        return view(pledge, numbers(pledge));
    }

    /**
     * A page within the caller's reach: an applicant its own pledges, a bank those it takes, an officer its region's,
     * others all. The patents of the page are read in one query.
     */
    public Page<PatentPledgeView> search(PatentPledgeRepository.Filter filter, PageQuery query) {
        PatentPledgeRepository.Filter scoped = filter;
        if (caller.is(Roles.APPLICANT) || caller.is(Roles.BANK)) {
            boolean applicant = caller.is(Roles.APPLICANT);
            String own = (applicant ? caller.uscc() : caller.bank()).orElse("-");
            String asked = applicant ? filter.pledgorUscc() : filter.bankId();
            if (asked != null && !asked.equals(own)) {
                return Page.of(List.of(), query, 0);
            }
            scoped = new PatentPledgeRepository.Filter(filter.status(), applicant ? own : filter.pledgorUscc(),
                    applicant ? filter.bankId() : own, filter.applicationNumber(), filter.regionPrefix(),
                    filter.registeredYear());
        }
        Page<PatentPledge> page = pledges.search(scoped, caller.officerRegions().orElse(null), query);
        Map<UUID, List<String>> numbers = pledges.numbersOf(page.items().stream().map(PatentPledge::id).toList());
        return page.map(p -> view(p, numbers.getOrDefault(p.id(), List.of())));
    }

    /**
     * The registration number (质押登记号): {@code Y} + year (4) + region (6) + the 7-digit sequence, 18 characters. The
     * sequence is never reset, so two registrations never share a number.
     */
    static String registrationNumber(int year, String region, long sequence) {
        return String.format("Y%04d%s%07d", year, region, sequence);
    }

    /** The region coded in the USCC (3rd to 8th characters), when those are digits. */
    private static String regionOf(String uscc) {
        String region = uscc.length() >= 8 ? uscc.substring(2, 8) : "";
        return region.matches("\\d{6}") ? region : null;
    }

    /**
     * The pledge if the caller may see it: a bank the pledges it takes, an applicant its own, an officer its region's,
     * admins and integration clients all.
     */
    private PatentPledge load(UUID id, boolean lock) {
        PatentPledge pledge = (lock ? pledges.lock(id) : pledges.findByIdOptional(id)).orElseThrow(() -> notFound(id));
        if (caller.is(Roles.BANK)) {
            caller.requireBank(pledge.pledgeeBankId(), () -> notFound(id));
        } else {
            caller.requireEnterprise(pledge.pledgorUscc(), pledge.region(), () -> notFound(id));
        }
        return pledge;
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("PLEDGE_NOT_FOUND", id);
    }

    private List<String> numbers(PatentPledge pledge) {
        return pledges.numbersOf(List.of(pledge.id())).getOrDefault(pledge.id(), List.of());
    }

    private PledgeChecks.Subject subject(PatentPledge pledge, List<String> numbers) {
        List<CoHolderConsent> consents = JsonColumns.read(json, pledge.coHolderConsentsJson(), CONSENTS).stream()
                .map(c -> new CoHolderConsent(c.uscc(), c.consentMaterialId())).toList();
        return new PledgeChecks.Subject(pledge.pledgorUscc(), numbers, pledge.debtTermEnd(), consents);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private WorkingDayCalendar calendar() {
        return calendars.current();
    }

    private PatentPledgeView view(PatentPledge p, List<String> numbers) {
        LocalDate today = today();
        CaseClock k = p.clock();
        return new PatentPledgeView(p.id(), p.trackingNumber(), p.matterCode(), p.requestId(), p.origin(),
                p.loanReference(), p.pledgorUscc(), p.pledgeeBankId(), p.pledgeeName(), numbers, p.patentCount(),
                p.securedAmount(), p.debtTermStart(), p.debtTermEnd(),
                JsonColumns.read(json, p.coHolderConsentsJson(), CONSENTS),
                p.contractMaterialId(), p.region(), p.status(), p.status().actions(),
                JsonColumns.read(json, p.groundsJson(), GROUNDS),
                p.checkedOn(), p.refusalReasonsJson() == null ? null : JsonColumns.read(json, p.refusalReasonsJson(), TEXTS),
                p.registrationNumber(), p.registeredOn(), p.releasedOn(), p.releaseReason(), k.submittedOn(),
                k.promisedDueOn(), k.promisedDueOnProvisional(), k.legalDueOn(), k.legalDueOnProvisional(),
                k.workingDaysLeft(today, calendar()), k.overdue(today), k.closedOn(), p.requestedBy(), p.createdAt(),
                p.updatedAt(), p.version());
    }

    private static <T> T required(CloudEvent event, String field, T value) {
        if (value == null) {
            throw poison(event, field + " is missing");
        }
        return value;
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    private static PoisonEventException poison(CloudEvent event, String reason) {
        return new PoisonEventException("event " + event.id() + " (" + event.type() + "): " + reason, null);
    }

}
