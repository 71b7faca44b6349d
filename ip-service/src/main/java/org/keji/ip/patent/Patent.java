package org.keji.ip.patent;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.keji.commons.identifier.PatentApplicationNumber;
import org.keji.commons.identifier.PatentType;

/**
 * A patent (or patent application) as CNIPA recorded it. Its bibliographic data is verified (entered by an officer or an
 * integration source) and never overwritten by an applicant; its legal status lives in the append-only log
 * ({@link PatentLegalEvent}), and the status columns here are a cache of the log's fold, written only by
 * {@link #record}.
 */
@Entity
@Table(name = "patent")
public class Patent {

    public static final String NUMBER_UNIQUE = "patent_application_number_unique";

    @Id
    private UUID id;

    @Column(name = "application_number", nullable = false, length = 14)
    private String applicationNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "patent_type", nullable = false, length = 20)
    private PatentType type;

    @Column(nullable = false, length = 500)
    private String title;

    @Column(name = "ipc_main_class", nullable = false, length = 20)
    private String ipcMainClass;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "ipc_classes", nullable = false, columnDefinition = "jsonb")
    private String ipcClasses;

    @Column(name = "filing_date", nullable = false)
    private LocalDate filingDate;

    @Column(name = "filing_year", nullable = false)
    private short filingYear;

    @Column(nullable = false, length = 6)
    private String region;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    private String inventors;

    @Column(name = "term_ends_on", nullable = false)
    private LocalDate termEndsOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private PatentStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "lapse_reason", length = 20)
    private LapseReason lapseReason;

    @Column(name = "grant_number", length = 16)
    private String grantNumber;

    @Column(name = "granted_on")
    private LocalDate grantedOn;

    @Column(name = "lapsed_on")
    private LocalDate lapsedOn;

    @Column(name = "lapse_notice_on")
    private LocalDate lapseNoticeOn;

    @Column(nullable = false)
    private boolean restored;

    @Column(nullable = false)
    private boolean transferred;

    @Column(name = "invalidation_pending", nullable = false)
    private boolean invalidationPending;

    @Column(name = "last_sequence", nullable = false)
    private int lastSequence;

    @Version
    @Column(nullable = false)
    private long version;

    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    protected Patent() {
    }

    /** A newly registered patent; its log opens with FILED (sequence 1), which the caller appends. */
    public static Patent register(PatentApplicationNumber number, String title, String ipcMainClass,
            String ipcClassesJson, LocalDate filingDate, String region, String inventorsJson, String registeredBy,
            OffsetDateTime now) {
        Patent patent = new Patent();
        patent.id = UUID.randomUUID();
        patent.applicationNumber = number.value();
        patent.type = number.type();
        patent.title = title;
        patent.ipcMainClass = ipcMainClass;
        patent.ipcClasses = ipcClassesJson;
        patent.filingDate = filingDate;
        patent.filingYear = (short) filingDate.getYear();
        patent.region = region;
        patent.inventors = inventorsJson;
        patent.termEndsOn = patent.type.termEndsOn(filingDate);
        patent.cache(LegalStatus.filed());
        patent.lastSequence = 1;
        patent.registeredBy = registeredBy;
        patent.registeredAt = now;
        return patent;
    }

    /** The status as the log says (without the term's end). */
    public LegalStatus logStatus() {
        return new LegalStatus(status, lapseReason, grantNumber, grantedOn, lapsedOn, lapseNoticeOn, restored,
                transferred, invalidationPending);
    }

    /** The status on {@code today}: past its term a granted patent is LAPSED with TERM_EXPIRED. */
    public LegalStatus statusOn(LocalDate today) {
        return logStatus().asOf(today, termEndsOn);
    }

    /**
     * Moves the cached status by one event and returns the event's sequence number; the caller writes the log entry in
     * the same transaction.
     */
    public int record(LegalEventKind kind, LocalDate effectiveDate, LocalDate noticeDate, LocalDate today) {
        LegalStatus current = statusOn(today);
        LegalStatus next = current.apply(applicationNumber, kind, effectiveDate, noticeDate);
        cache(next);
        lastSequence++;
        return lastSequence;
    }

    private void cache(LegalStatus next) {
        status = next.status();
        lapseReason = next.lapseReason();
        grantNumber = next.grantNumber();
        grantedOn = next.grantedOn();
        lapsedOn = next.lapsedOn();
        lapseNoticeOn = next.lapseNoticeOn();
        restored = next.restored();
        transferred = next.transferred();
        invalidationPending = next.invalidationPending();
    }

    public UUID id() {
        return id;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public PatentType type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String ipcMainClass() {
        return ipcMainClass;
    }

    public String ipcClasses() {
        return ipcClasses;
    }

    public LocalDate filingDate() {
        return filingDate;
    }

    public String region() {
        return region;
    }

    public String inventors() {
        return inventors;
    }

    public LocalDate termEndsOn() {
        return termEndsOn;
    }

    public int lastSequence() {
        return lastSequence;
    }

    public long version() {
        return version;
    }

    public String registeredBy() {
        return registeredBy;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }
}
