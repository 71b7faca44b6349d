package org.keji.enterprise.certification;

import java.util.List;
import java.util.Map;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.keji.enterprise.certification.dto.CertificateVerification;
import org.keji.enterprise.certification.dto.VerifyCertificateRequest;

/**
 * The only operations of the service that need no token (outside {@code /api/v1}): anyone holding a certificate's
 * number and code may learn whether it is valid, and anyone may fetch the key its documents are signed with. The
 * gateway limits how often one client may ask, so codes cannot be tried by the million.
 */
@Path("/public/v1")
@Tag(name = "Certificate verification")
@Produces(MediaType.APPLICATION_JSON)
public class CertificateVerificationResource {

    private final ElectronicCertificates electronic;

    public CertificateVerificationResource(ElectronicCertificates electronic) {
        this.electronic = electronic;
    }

    @POST
    @Path("certificate-verifications")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Verify a certificate (no token)", description = "Answers, for a certificate number and its "
            + "verification code (核验码, printed on the certificate and in its document), whether the certificate is "
            + "valid today, its status, holder, type and validity — nothing else. With `documentSha256` it also "
            + "tells whether that is the SHA-256 of the certificate's signed document (a changed byte does not match). "
            + "An unknown number and a wrong code answer alike (404 CERTIFICATE_NOT_VERIFIED), so neither can be "
            + "probed. A POST so that codes stay out of access logs. Through the gateway each client may ask a few "
            + "times a minute (429 RATE_LIMITED beyond).")
    @APIResponse(responseCode = "200", description = "The certificate's standing", content = @Content(schema = @Schema(implementation = CertificateVerification.class)))
    @APIResponse(responseCode = "404", description = "No certificate has this number and code (CERTIFICATE_NOT_VERIFIED)")
    public CertificateVerification verifyCertificate(@Valid @NotNull VerifyCertificateRequest request) {
        return electronic.verify(request);
    }

    @GET
    @Path("certificate-keys")
    @PermitAll
    @SecurityRequirementsSet
    @Operation(summary = "Certificate signing keys (no token)", description = "The public keys certificate documents "
            + "are signed with, as a JWK Set (RFC 7517); a document's JWS header names its key by `kid` (the RFC 7638 "
            + "thumbprint). Anyone can check a document's signature offline with it.")
    @APIResponse(responseCode = "200", description = "The JWK Set", content = @Content(schema = @Schema(implementation = KeySet.class)))
    public Map<String, Object> certificateKeys() {
        return electronic.keys();
    }

    /** The JWK Set as OpenAPI shows it. */
    @Schema(name = "CertificateKeySet", description = "JWK Set (RFC 7517) of RSA keys: kty, use, alg, kid, n, e")
    public record KeySet(List<Map<String, String>> keys) {
    }
}
