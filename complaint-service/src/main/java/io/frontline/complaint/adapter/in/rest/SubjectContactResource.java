package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.GetSubjectContactQuery;
import io.frontline.complaint.application.port.in.GetSubjectContactQuery.SubjectContact;
import io.frontline.platform.domain.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/**
 * A customer's e-mail, phone number and language by subject key, for notification-service, which tells a banned
 * customer of their ban, a missed decision term and the outcome of their objection (issue 17) by mail, or by text
 * message when only a phone number is known: for complaint-service's client role {@code subject-contact}, narrowed to
 * the same clients as the party contact ({@code frontline.complaint.party-contact.clients}); address and number are
 * never logged.
 */
@Path("/api/internal/subjects/{subjectKey}/contact")
@Tag(name = "Internal")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class SubjectContactResource {
    @Inject
    GetSubjectContactQuery contacts;

    @Inject
    JsonWebToken token;

    @ConfigProperty(name = "frontline.complaint.party-contact.clients", defaultValue = "notification-service")
    List<String> clients;

    /** Never printed with the address or number; {@code email} or {@code phone} may be null, never both. */
    public record SubjectContactResponse(@Size(max = 320) String email, @Size(max = 40) String phone,
                                         @Size(max = 5) String language) {
        static SubjectContactResponse of(SubjectContact contact) {
            return new SubjectContactResponse(contact.email(), contact.phone(), contact.language());
        }

        @Override
        public String toString() {
            return "SubjectContactResponse[redacted, " + language + "]";
        }
    }

    @GET
    @RolesAllowed(Roles.SUBJECT_CONTACT)
    @Operation(summary = "A customer's e-mail, phone number and language by subject key, for the notices of their ban (notification-service only)")
    public SubjectContactResponse get(@PathParam("subjectKey") @Pattern(regexp = "sk1_[A-Za-z0-9_-]{43}") String subjectKey) {
        String client = clientOf(token);
        String reader = client != null ? client : token.getName();
        return SubjectContactResponse.of(contacts.contactOf(reader == null ? "unknown" : reader,
                client != null && clients.contains(client), subjectKey));
    }

    /** The OAuth client the token was issued to: {@code azp}, else {@code client_id}. */
    private static String clientOf(JsonWebToken token) {
        Object azp = token.getClaim("azp");
        if (azp != null && !azp.toString().isBlank()) {
            return unquote(azp.toString());
        }
        Object clientId = token.getClaim("client_id");
        return clientId == null ? null : unquote(clientId.toString());
    }

    private static String unquote(String value) {
        return value.length() > 1 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
