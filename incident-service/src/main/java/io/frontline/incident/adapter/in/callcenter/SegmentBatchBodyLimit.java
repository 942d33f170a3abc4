package io.frontline.incident.adapter.in.callcenter;

import io.frontline.platform.web.Problem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;

/**
 * The segment ingest's own body limit (issue 15: the ingest is size-limited), checked before the body is read: a
 * declared length above {@code frontline.callcenter.ingest.max-body-size} is 413, and a body without a declared
 * length (chunked) is 411, so no batch is ever read beyond the limit — Quarkus's own cap for such bodies is 10 MB.
 */
@Singleton
class SegmentBatchBodyLimit {
    private static final String PROBLEMS = "https://frontline.io/problems/";

    @ConfigProperty(name = "frontline.callcenter.ingest.max-body-size", defaultValue = "49152")
    long maxBodySize;

    @ServerRequestFilter
    public Response limit(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!"POST".equals(request.getMethod()) || !SegmentIngestResource.PATH.equals(stripSlash(path))) {
            return null;
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null || length.isBlank()) {
            return problem(411, "length-required", "Length Required",
                    "A batch must state its Content-Length (at most " + maxBodySize + " bytes)", path);
        }
        if (!length.trim().matches("\\d{1,18}") || Long.parseLong(length.trim()) > maxBodySize) {
            return problem(413, "payload-too-large", "Payload too large",
                    "A batch body may be at most " + maxBodySize + " bytes", path);
        }
        return null;
    }

    private static String stripSlash(String path) {
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Response problem(int status, String type, String title, String detail, String path) {
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(PROBLEMS + type, title, status, detail, path, List.of())).build();
    }
}
