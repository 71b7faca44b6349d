package org.keji.enterprise.certification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.keji.commons.problem.NotFoundException;
import org.keji.commons.security.Caller;
import org.keji.commons.security.Roles;
import org.keji.enterprise.certification.dto.CertificateVerification;
import org.keji.enterprise.certification.dto.VerifyCertificateRequest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Electronic certificates (电子证照): the verification code its holder sees, the signed document it downloads, and the
 * public verification anyone with a number and a code may ask for.
 */
@ApplicationScoped
public class ElectronicCertificates {

    /** Media type of a JWS compact serialization (RFC 7515 section 9.2.1). */
    public static final String DOCUMENT_TYPE = "application/jose";
    /** The one answer to an unknown number and to a wrong code alike, so that neither can be told apart. */
    public static final String NOT_VERIFIED = "CERTIFICATE_NOT_VERIFIED";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX");
    /** A plain mapper: the payload is a sorted map of strings, so its bytes depend on nothing configurable. */
    private static final ObjectMapper CANONICAL = new ObjectMapper();

    private final CertificationRepository certifications;
    private final CertificationTypeRepository types;
    private final VerificationCodes codes;
    private final CertificateSigner signer;
    private final CertificateConfig config;
    private final Caller caller;
    private final Clock clock;

    public ElectronicCertificates(CertificationRepository certifications, CertificationTypeRepository types,
            VerificationCodes codes, CertificateSigner signer, CertificateConfig config, Caller caller, Clock clock) {
        this.certifications = certifications;
        this.types = types;
        this.codes = codes;
        this.signer = signer;
        this.config = config;
        this.caller = caller;
        this.clock = clock;
    }

    /** A signed certificate document and the SHA-256 (hex) of its bytes. */
    public record Document(String jws, String sha256) {
    }

    /**
     * The verification code of {@code certification} when the caller holds it — the applicant of the holder, an
     * officer of its region, an admin — else null: experts, banks and integration clients read certificates but never
     * their codes, and lists never carry them.
     */
    public String codeFor(Certification certification) {
        return holds(certification) ? codes.codeOf(certification.verificationSalt()) : null;
    }

    /** The signed document of a certificate the caller holds; any other answers 404 CERTIFICATION_NOT_FOUND. */
    public Document document(UUID id) {
        Certification certification = certifications.findByIdOptional(id).filter(this::holds)
                .orElseThrow(() -> new NotFoundException("CERTIFICATION_NOT_FOUND", id));
        return documentOf(certification);
    }

    /**
     * What anyone may know of the certificate with this number and code. An unknown number and a wrong code both answer
     * 404 CERTIFICATE_NOT_VERIFIED with the same body, after the same work (every candidate's code is computed and
     * compared in constant time, and one code when there is no candidate).
     */
    public CertificateVerification verify(VerifyCertificateRequest request) {
        List<Certification> candidates = certifications.listByNumber(request.certificateNumber().strip());
        Certification match = null;
        for (Certification candidate : candidates) {
            if (codes.matches(candidate.verificationSalt(), request.verificationCode())) {
                match = candidate;
            }
        }
        if (candidates.isEmpty()) {
            codes.matches(null, request.verificationCode());
        }
        if (match == null) {
            throw new NotFoundException(NOT_VERIFIED);
        }
        LocalDate today = LocalDate.now(clock);
        VerificationStatus status = VerificationStatus.of(match, today);
        Boolean documentMatches = null;
        if (request.documentSha256() != null) {
            byte[] expected = documentOf(match).sha256().getBytes(StandardCharsets.US_ASCII);
            byte[] given = request.documentSha256().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
            documentMatches = MessageDigest.isEqual(expected, given);
        }
        return new CertificateVerification(status == VerificationStatus.VALID, status, match.holderName(),
                match.uscc(), match.certificationType(), match.validFrom(), match.validTo(), documentMatches);
    }

    /** The public key of the documents' signatures, as a JWK Set. */
    public Map<String, Object> keys() {
        return signer.keySet();
    }

    /**
     * The document of a certificate: a JWS whose payload is canonical JSON (members sorted, no whitespace, every value
     * a string) of what the paper certificate shows and nothing that changes later — the holder's name as issued, not
     * its status, which the verification answers. Signing is deterministic, so the same certificate always gives the
     * same bytes and hash.
     */
    Document documentOf(Certification c) {
        Map<String, String> payload = new TreeMap<>();
        payload.put("certificateId", c.id().toString());
        payload.put("certificateNumber", c.certificateNumber());
        payload.put("certificationType", c.certificationType());
        payload.put("level", types.findByIdOptional(c.certificationType()).map(t -> t.level().name()).orElse(""));
        payload.put("holderName", c.holderName());
        payload.put("holderUscc", c.uscc());
        payload.put("validFrom", c.validFrom().toString());
        payload.put("validTo", c.validTo().toString());
        payload.put("issuer", config.issuer());
        payload.put("issuedAt", SECONDS.format(c.createdAt().atZoneSameInstant(ZONE)));
        payload.put("verificationCode", codes.codeOf(c.verificationSalt()));
        try {
            String jws = signer.sign(CANONICAL.writeValueAsBytes(payload));
            return new Document(jws, HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(jws.getBytes(StandardCharsets.US_ASCII))));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot write the document of certificate " + c.id(), e);
        }
    }

    private boolean holds(Certification certification) {
        if (caller.is(Roles.ADMIN)) {
            return true;
        }
        if (caller.is(Roles.APPLICANT)) {
            return certification.uscc().equals(caller.uscc().orElse(null));
        }
        return caller.is(Roles.OFFICER) && caller.officerRegions()
                .map(regions -> regions.everywhere() || regions.includes(certification.region())).orElse(false);
    }
}
