package io.frontline.web.evidence;

import io.frontline.web.KeepsFormToken;
import com.fasterxml.jackson.databind.JsonNode;
import io.frontline.web.Option;
import io.frontline.web.Page;
import io.frontline.web.PageContext;
import io.frontline.web.ProblemPages;
import io.frontline.web.i18n.Dates;
import io.frontline.web.services.Incidents;
import io.frontline.web.services.ServiceRefusal;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.client.api.ClientMultipartForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.InputStream;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An incident's evidence: the list with each file's SHA-256, the upload form that works from a phone (camera or
 * file), downloads of the stored files, and the police handover package. The files travel through the web with the
 * person's token, so the browser never sees a service address or a token; incident-service decides who may upload,
 * read and download, and audits every read.
 */
@Path("/incidents/{id}")
public class EvidencePages {
    static final List<String> KINDS = List.of("photo", "video", "audio", "transcript", "document");
    /** What the file inputs offer; incident-service's allow-list decides. */
    static final String ACCEPT = "image/*,video/*,audio/*,application/pdf,text/plain";

    @CheckedTemplate(basePath = "evidence")
    static class Templates {
        static native TemplateInstance evidence(Page page, String incidentId, String reference, boolean readsEvidence,
                                                List<EvidenceView> items, List<Option> kinds, String accept,
                                                String maxSize, String stored, String error);
    }

    /** One piece of evidence as the list shows it. */
    public record EvidenceView(String id, String kind, String name, String added, String captured, String sha256,
                               String size, String uri, boolean stored) {
    }

    @Inject
    PageContext context;

    @Inject
    Dates dates;

    @Inject
    ProblemPages problems;

    @RestClient
    Incidents incidents;

    @ConfigProperty(name = "frontline.web.evidence.max-upload-size", defaultValue = "50M")
    MemorySize maxUploadSize;

    private EvidenceMessages texts() {
        return MessageBundles.get(EvidenceMessages.class, Localized.Literal.of(context.lang()));
    }

    @GET
    @Path("evidence")
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety", "admin"})
    public Response list(@PathParam("id") UUID id, @QueryParam("stored") String stored) {
        return page(id, stored != null && stored.matches("[0-9a-f]{64}") ? stored : null, null, 200);
    }

    @POST
    @Path("evidence")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    @RolesAllowed({"staff", "site-manager", "regional-manager", "hq-safety"})
    public Response upload(@PathParam("id") UUID id, @RestForm("file") List<FileUpload> files,
                           @RestForm String kind) {
        EvidenceMessages texts = texts();
        FileUpload file = files == null ? null : files.stream()
                .filter(f -> f.uploadedFile() != null && f.size() > 0).findFirst().orElse(null);
        if (file == null) {
            return page(id, null, texts.error_no_file(), 422);
        }
        ClientMultipartForm form = ClientMultipartForm.create()
                .binaryFileUpload("file", file.fileName() == null ? "evidence" : file.fileName(),
                        file.uploadedFile().toString(),
                        file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM : file.contentType());
        if (kind != null && KINDS.contains(kind)) {
            form.attribute("kind", kind, null);
        }
        JsonNode added;
        try {
            added = incidents.uploadEvidence(id, form);
        } catch (WebApplicationException e) {
            ServiceRefusal refusal = ServiceRefusal.of(e);
            return switch (refusal.status()) {
                case 413 -> page(id, null, texts.error_too_large(maxSize()), 413);
                case 415 -> page(id, null, texts.error_type(), 415);
                case 400, 422 -> page(id, null, texts.error_no_file(), 422);
                default -> problems.refusal(refusal);
            };
        }
        // Post/redirect/get: a reload does not upload again; the fingerprint the service computed is shown
        return Response.seeOther(URI.create("/incidents/" + id + "/evidence?stored=" + added.path("sha256").asText()))
                .build();
    }

    @GET
    @Path("evidence/{evidenceId}/file")
    @KeepsFormToken
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
    public Response file(@PathParam("id") UUID id, @PathParam("evidenceId") UUID evidenceId) {
        try {
            return passOn(incidents.evidenceFile(id, evidenceId));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }

    @GET
    @Path("police-package")
    @KeepsFormToken
    @RolesAllowed({"site-manager", "regional-manager", "hq-safety", "admin"})
    public Response policePackage(@PathParam("id") UUID id) {
        try {
            return passOn(incidents.policePackage(id));
        } catch (WebApplicationException e) {
            return problems.refusal(ServiceRefusal.of(e));
        }
    }

    /** The service's download as it came: its bytes, type, name and digest; nothing about the service itself. */
    private static Response passOn(Response answer) {
        InputStream content = answer.readEntity(InputStream.class);
        StreamingOutput body = out -> {
            try (content) {
                content.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.ok(body).type(answer.getMediaType())
                .header("Cache-Control", "no-store");
        for (String header : List.of("Content-Disposition", "Content-Length", "Repr-Digest", "ETag")) {
            String value = answer.getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    private Response page(UUID id, String stored, String error, int status) {
        String reference = null;
        String site = null;
        boolean readsEvidence = false;
        List<EvidenceView> items = new ArrayList<>();
        EvidenceMessages texts = texts();
        try {
            JsonNode incident = incidents.incident(id);
            reference = incident.path("reference").asText(null);
            site = incident.path("site").asText(null);
            JsonNode evidence = incidents.evidence(id);
            readsEvidence = true;
            for (JsonNode e : evidence) {
                items.add(view(id, e, site, texts));
            }
        } catch (WebApplicationException e) {
            // staff add evidence but read neither it nor the incident (403 for their role): the form alone;
            // an incident out of the person's scope (404) is not found, as for an unknown one
            if (e.getResponse().getStatus() != 403) {
                return problems.refusal(ServiceRefusal.of(e));
            }
        }
        List<Option> kinds = new ArrayList<>();
        for (String kind : KINDS) {
            kinds.add(new Option(kind, kindLabel(kind, texts), false));
        }
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(context.localized(Templates.evidence(context.page(), id.toString(), reference, readsEvidence,
                        items, kinds, ACCEPT, maxSize(), stored, error))).build();
    }

    private EvidenceView view(UUID incidentId, JsonNode e, String site, EvidenceMessages texts) {
        JsonNode file = e.path("file");
        boolean stored = file.isObject();
        return new EvidenceView(e.path("id").asText(), kindLabel(e.path("kind").asText(), texts),
                stored ? file.path("name").asText() : null,
                texts.added_by(e.path("addedBy").asText(), when(e.path("addedAt"), site)),
                e.path("capturedAt").isTextual() ? texts.captured(when(e.path("capturedAt"), site)) : null,
                e.path("sha256").asText(),
                stored ? texts.size_bytes(String.format(context.locale(), "%,d", file.path("size").asLong())) : null,
                stored ? "/incidents/" + incidentId + "/evidence/" + e.path("id").asText() + "/file" : e.path("uri").asText(),
                stored);
    }

    private String when(JsonNode at, String site) {
        return at.isTextual() ? dates.dateTime(Instant.parse(at.asText()), site, context.locale()) : "";
    }

    static String kindLabel(String kind, EvidenceMessages texts) {
        return switch (kind) {
            case "photo" -> texts.kind_photo();
            case "video" -> texts.kind_video();
            case "audio" -> texts.kind_audio();
            case "transcript" -> texts.kind_transcript();
            default -> texts.kind_document();
        };
    }

    private String maxSize() {
        long bytes = maxUploadSize.asLongValue();
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes + " bytes";
    }
}
