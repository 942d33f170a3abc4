package io.frontline.complaint.adapter.in.rest;

import io.frontline.complaint.application.port.in.ReceiveComplaintMailCommand;
import io.frontline.complaint.application.port.in.ReceiveComplaintMailUseCase;
import io.frontline.platform.domain.Roles;
import io.frontline.platform.domain.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail intake for the mail gateway (seed 002: complaints arrive by e-mail too): the raw RFC 5322 message,
 * parsed with Jakarta Mail. The sender's address becomes the complainant's contact, kept apart. Only a token with
 * complaint-service's client role {@code mail-intake} (the mail gateway's) may post: 403 for others, 401 for a token
 * issued for another service.
 */
@Path("/api/intake/mail")
@Tag(name = "Mail intake")
@SecurityRequirement(name = "SecurityScheme")
@Produces(MediaType.APPLICATION_JSON)
public class MailIntakeResource {
    private static final Session SESSION = Session.getInstance(new Properties());
    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Delivered-To", "X-Original-To",
            "Envelope-To");
    private static final String TOKEN = "(cmp-\\d{4}-\\d{6}\\.[0-9a-f]{24})";
    private static final Pattern PLUS_TOKEN = Pattern.compile("(?i)\\+" + TOKEN + "@");
    private static final Pattern SUBJECT_TOKEN = Pattern.compile("(?i)\\[#" + TOKEN + "]");

    @Inject
    ReceiveComplaintMailUseCase mail;

    @ConfigProperty(name = "frontline.complaint.mail.default-site")
    String defaultSite;

    /**
     * What became of the message: a new complaint ({@code filed}), or a message on an existing one ({@code attached},
     * {@code matchedBy} {@code reply-token} or {@code sender}).
     */
    public record Outcome(String outcome, String complaintId, String reference, String matchedBy) {
    }

    @POST
    @Consumes({"message/rfc822", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @RolesAllowed(Roles.MAIL_INTAKE)
    @Operation(summary = "File a raw e-mail as a complaint, or attach a reply (valid reply token, or the complainant's own address quoting the reference) to its complaint; mail gateway only")
    public Response receive(byte[] raw, @QueryParam("site") String site) {
        ReceiveComplaintMailCommand command = parse(raw, site == null || site.isBlank() ? defaultSite : site);
        ReceiveComplaintMailUseCase.MailOutcome outcome = mail.receive(command);
        return Response.status(outcome.filed() ? 201 : 200)
                .entity(new Outcome(outcome.filed() ? "filed" : "attached", outcome.complaintId(), outcome.reference(),
                        outcome.matchedBy()))
                .build();
    }

    static ReceiveComplaintMailCommand parse(byte[] raw, String site) {
        if (raw == null || raw.length == 0) {
            throw new RuleViolation("message", "The message is empty");
        }
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Address[] from = message.getFrom();
            String name = null;
            String address = null;
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress sender) {
                name = sender.getPersonal();
                address = sender.getAddress();
            }
            String body = text(message);
            if (body == null || body.isBlank()) {
                throw new RuleViolation("message", "The message has no text part");
            }
            return new ReceiveComplaintMailCommand(site, name, address, message.getSubject(), body.strip(),
                    replyTokens(message));
        } catch (MessagingException | IOException e) {
            throw new RuleViolation("message", "Not a readable RFC 5322 message");
        }
    }

    /**
     * Candidate reply tokens: the plus-part of every address the message was sent to ({@code
     * complaints+<token>@…}, the Reply-To of our mail) and a {@code [#<token>]} tag in the subject. Checked later.
     */
    static List<String> replyTokens(MimeMessage message) throws MessagingException {
        List<String> tokens = new ArrayList<>();
        for (String header : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(header);
            if (values == null) {
                continue;
            }
            for (String value : values) {
                Matcher plus = PLUS_TOKEN.matcher(value);
                while (plus.find()) {
                    tokens.add(plus.group(1));
                }
            }
        }
        Matcher tag = SUBJECT_TOKEN.matcher(message.getSubject() == null ? "" : message.getSubject());
        while (tag.find()) {
            tokens.add(tag.group(1));
        }
        return tokens.stream().distinct().limit(10).toList();
    }

    /** The first text/plain part (or the HTML part with its tags removed, when that is all there is). */
    private static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return part.getContent().toString();
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            String html = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(child.getDisposition())) {
                    continue;
                }
                String found = text(child);
                if (found != null && child.isMimeType("text/plain")) {
                    return found;
                }
                if (found != null && html == null) {
                    html = found;
                }
            }
            return html;
        }
        if (part.isMimeType("text/html")) {
            return part.getContent().toString().replaceAll("(?s)<[^>]*>", " ").replaceAll("[ \\t]+", " ");
        }
        return null;
    }
}
