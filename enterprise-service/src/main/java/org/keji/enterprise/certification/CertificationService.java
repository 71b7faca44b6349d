package org.keji.enterprise.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.keji.commons.event.enterprise.CertificationGranted;
import org.keji.commons.outbox.Outbox;
import org.keji.commons.paging.Page;
import org.keji.commons.paging.PageQuery;
import org.keji.commons.problem.BusinessRuleException;
import org.keji.commons.problem.ConflictException;
import org.keji.commons.problem.InvalidRequestException;
import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.enterprise.certification.dto.CertificationTypeView;
import org.keji.enterprise.certification.dto.CertificationView;
import org.keji.enterprise.certification.dto.RecordCertificationRequest;
import org.keji.enterprise.registry.Enterprise;
import org.keji.enterprise.registry.EnterpriseRepository;

@ApplicationScoped
public class CertificationService {

    private final CertificationRepository certifications;
    private final CertificationTypeRepository types;
    private final EnterpriseRepository enterprises;
    private final Outbox outbox;
    private final ElectronicCertificates electronic;
    private final Caller caller;
    private final Clock clock;

    public CertificationService(CertificationRepository certifications, CertificationTypeRepository types,
            EnterpriseRepository enterprises, Outbox outbox, ElectronicCertificates electronic, Caller caller,
            Clock clock) {
        this.electronic = electronic;
        this.certifications = certifications;
        this.types = types;
        this.enterprises = enterprises;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    public List<CertificationTypeView> types() {
        return types.listAllByCode().stream().map(CertificationTypeView::of).toList();
    }

    public CertificationTypeView type(String code) {
        return types.findByIdOptional(code).map(CertificationTypeView::of)
                .orElseThrow(() -> new NotFoundException("CERTIFICATION_TYPE_NOT_FOUND", code));
    }

    /**
     * Enters a certificate granted before with the validity of its type, and publishes
     * {@code keji.enterprise.certification.granted.v1}.
     */
    @Transactional
    public CertificationView record(RecordCertificationRequest request) {
        CertificationType type = types.findByIdOptional(request.certificationType())
                .orElseThrow(() -> new BusinessRuleException("CERTIFICATION_TYPE_UNKNOWN", request.certificationType()));
        // an enterprise outside the caller's reach is as unknown as one never registered
        Enterprise holder = enterprises.lockByUscc(request.uscc()).filter(e -> caller.reaches(e.uscc()))
                .orElseThrow(() -> new BusinessRuleException("ENTERPRISE_NOT_REGISTERED", request.uscc()));
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw InvalidRequestException.field("VALIDATION_FAILED", "validTo", "must not be before validFrom",
                    request.validTo());
        }
        LocalDate validTo = type.validTo(request.validFrom(), request.validTo());
        String number = request.certificateNumber().strip();
        if (certifications.numberTaken(type.code(), number)) {
            throw new ConflictException("CERTIFICATE_NUMBER_TAKEN", type.code(), number);
        }
        Certification certification = Certification.of(holder.uscc(), holder.name(), type, number, request.validFrom(), validTo,
                holder.region(), CertificationOrigin.IMPORTED, LocalDate.now(clock), OffsetDateTime.now(clock));
        certifications.persist(certification);
        outbox.publish(new CertificationGranted(certification.id(), holder.uscc(), type.code(), number,
                certification.validFrom(), certification.validTo(), certification.region(),
                CertificationOrigin.IMPORTED.name(), null));
        return CertificationView.of(certification, LocalDate.now(clock), electronic.codeFor(certification));
    }

    public CertificationView get(UUID id) {
        NotFoundException notFound = new NotFoundException("CERTIFICATION_NOT_FOUND", id);
        Certification certification = certifications.findByIdOptional(id).orElseThrow(() -> notFound);
        caller.requireEnterprise(certification.uscc(), () -> notFound);
        return CertificationView.of(certification, LocalDate.now(clock), electronic.codeFor(certification));
    }

    /**
     * A page of the certificates of every enterprise, for bureau roles (an officer's within its regions); "valid" and
     * "expiring" count from today.
     */
    public Page<CertificationView> search(CertificationFilter filter, PageQuery query) {
        LocalDate today = LocalDate.now(clock);
        return certifications.search(filter, caller.officerRegions().orElse(null), today, query)
                .map(c -> CertificationView.of(c, today));
    }

    public List<CertificationView> ofEnterprise(String uscc) {
        caller.requireEnterprise(uscc, () -> new NotFoundException("ENTERPRISE_NOT_FOUND", uscc));
        if (!enterprises.existsByUscc(uscc)) {
            throw new NotFoundException("ENTERPRISE_NOT_FOUND", uscc);
        }
        LocalDate today = LocalDate.now(clock);
        return certifications.listByUscc(uscc).stream().map(c -> CertificationView.of(c, today)).toList();
    }
}
