package org.keji.project.expert;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.commons.web.EntityVersions;
import org.keji.project.expert.dto.ExpertRequest;
import org.keji.project.expert.dto.ExpertView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The expert pool (专家库): officers and admins keep it; an officer records experts of its region. Phone and ID number
 * are shown in full only to officers and admins.
 */
@ApplicationScoped
public class ExpertService {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {
    };

    private final ExpertRepository experts;
    private final Caller caller;
    private final ObjectMapper json;
    private final Clock clock;

    public ExpertService(ExpertRepository experts, Caller caller, ObjectMapper json, Clock clock) {
        this.experts = experts;
        this.caller = caller;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public ExpertView create(ExpertRequest request) {
        caller.requireRegion(request.region());
        requireUntil(request);
        if (experts.findBySubject(request.subject().strip()).isPresent()) {
            throw new ConflictException("EXPERT_SUBJECT_TAKEN", request.subject().strip());
        }
        Expert expert = Expert.create(request.subject().strip(), profile(request), caller.name(),
                OffsetDateTime.now(clock));
        experts.persist(expert);
        return view(expert);
    }

    @Transactional
    public ExpertView update(UUID id, String ifMatch, ExpertRequest request) {
        Expert expert = find(id);
        EntityVersions.checkEither(ifMatch, request.version(), expert.version());
        caller.requireRegion(request.region());
        requireUntil(request);
        if (!expert.subject().equals(request.subject().strip())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "subject", "cannot change", request.subject());
        }
        expert.update(profile(request), OffsetDateTime.now(clock));
        experts.flush();
        return view(expert);
    }

    public ExpertView get(UUID id) {
        return view(find(id));
    }

    public Page<ExpertView> search(ExpertRepository.Filter filter, PageQuery query) {
        String prefix = filter.regionPrefix();
        var reach = caller.officerRegions().filter(r -> !r.everywhere());
        if (reach.isPresent()) {
            String own = reach.get().prefix();
            if (prefix == null || prefix.startsWith(own)) {
                prefix = prefix == null ? own : prefix;
            } else if (!own.startsWith(prefix)) {
                return Page.of(List.of(), query, 0);
            } else {
                prefix = own;
            }
        }
        ExpertRepository.Filter scoped = new ExpertRepository.Filter(filter.field(), prefix, filter.available(),
                filter.organisationUscc(), LocalDate.now(clock));
        return experts.search(scoped, query).map(this::view);
    }

    private Expert find(UUID id) {
        return experts.findByIdOptional(id)
                .filter(e -> caller.officerRegions().map(r -> r.includes(e.region())).orElse(true))
                .orElseThrow(() -> new NotFoundException("EXPERT_NOT_FOUND", id));
    }

    private static void requireUntil(ExpertRequest request) {
        if (request.unavailableUntil() != null && request.availability() != ExpertAvailability.UNAVAILABLE) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "unavailableUntil", "only for UNAVAILABLE",
                    request.unavailableUntil().toString());
        }
    }

    private Expert.Profile profile(ExpertRequest r) {
        try {
            return new Expert.Profile(r.name().strip(), r.organisationUscc(), r.organisationName().strip(),
                    json.writeValueAsString(r.fields().stream().distinct().sorted().toList()), r.region(), r.title(),
                    r.phone(), r.idNumber(), r.availability(), r.unavailableUntil());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    ExpertView view(Expert e) {
        boolean full = caller.is(Roles.OFFICER) || caller.is(Roles.ADMIN);
        return new ExpertView(e.id(), e.subject(), e.name(), e.organisationUscc(), e.organisationName(),
                fields(e), e.region(), e.title(), full ? e.phone() : masked(e.phone(), 3, 4),
                full ? e.idNumber() : masked(e.idNumber(), 6, 4), e.availability(), e.unavailableUntil(),
                e.availableOn(LocalDate.now(clock)), e.createdAt(), e.updatedAt(), e.version());
    }

    private List<String> fields(Expert e) {
        try {
            return json.readValue(e.fieldsJson(), STRINGS);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** Keeps {@code head} and {@code tail} characters and stars the rest; a value too short is starred whole. */
    private static String masked(String value, int head, int tail) {
        if (value == null) {
            return null;
        }
        int hidden = value.length() - head - tail;
        return hidden < 3 ? "*".repeat(value.length())
                : value.substring(0, head) + "*".repeat(hidden) + value.substring(value.length() - tail);
    }
}
