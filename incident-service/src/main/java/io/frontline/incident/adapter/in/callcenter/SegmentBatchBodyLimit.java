package io.frontline.incident.adapter.in.callcenter;

import io.frontline.platform.web.Problem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The segment ingest's own body limit (issue 15: the ingest is size-limited): a declared length above
 * {@code frontline.callcenter.ingest.max-body-size} is 413 before the body is read; a body without a declared length
 * (chunked) is read here no further than one byte past the limit, and answers 413 when it has that byte, so no batch is ever read beyond
 * it — Quarkus's own cap for such bodies is 10 MB. Both answers are {@code application/problem+json}.
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
            // read here, on the request's worker thread, no further than one byte past the limit
            byte[] body;
            try (InputStream in = request.getEntityStream()) {
                body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, maxBodySize + 1));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (body.length > maxBodySize) {
                return problem(413, "payload-too-large", "Payload too large",
                        "A batch body may be at most " + maxBodySize + " bytes", path);
            }
            request.setEntityStream(new ByteArrayInputStream(body));
            return null;
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
