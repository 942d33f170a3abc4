package io.frontline.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.frontline.platform.domain.AccessDenied;
import io.frontline.platform.domain.DomainException;
import io.frontline.platform.domain.IllegalTransition;
import io.frontline.platform.domain.InvalidValue;
import io.frontline.platform.domain.NotFound;
import io.frontline.platform.domain.RuleViolation;
import io.frontline.platform.security.InvalidIdentifierException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Every error leaves the services as {@code application/problem+json}; no stack trace reaches a
 * client. Written here once rather than with a third-party problem extension so that the mapping of
 * the platform's domain exceptions and Quarkus's validation errors stays in one readable place.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String TYPE_BASE = "https://frontline.io/problems/";

    @ServerExceptionMapper(priority = 1)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .collect(Collectors.toCollection(ArrayList::new));
        return problem(400, "validation", "Invalid request",
                "These fields are invalid: " + errors.stream().map(Problem.FieldError::field).distinct()
                        .collect(Collectors.joining(", ")), uri, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors.add(new Problem.FieldError(field, "has the wrong type or format"));
        }
        return problem(400, "malformed-body", "Malformed request body",
                "The body is not valid JSON for this request", uri, errors);
    }

    @ServerExceptionMapper
    public Response invalidIdentifier(InvalidIdentifierException e, UriInfo uri) {
        return problem(400, "invalid-identifier", "Invalid identifier", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response invalidValue(InvalidValue e, UriInfo uri) {
        return problem(400, "invalid-value", "Invalid value", e.getMessage(), uri,
                e.field() == null ? List.of() : List.of(new Problem.FieldError(e.field(), e.getMessage())));
    }

    @ServerExceptionMapper
    public Response notFound(NotFound e, UriInfo uri) {
        return problem(404, "not-found", "Not found", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response conflict(IllegalTransition e, UriInfo uri) {
        return problem(409, "illegal-transition", "Not allowed in the current state", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response ruleViolation(RuleViolation e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? List.of()
                : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return problem(422, "rule-violation", "Refused by a business rule", e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response accessDenied(AccessDenied e, UriInfo uri) {
        // A safeguard's refusal names its reason in the problem type: forbidden/proposer, forbidden/incident-confirmer.
        return problem(403, e.reason() == null ? "forbidden" : "forbidden/" + e.reason(), "Forbidden", e.getMessage(),
                uri, List.of());
    }

    @ServerExceptionMapper
    public Response otherDomain(DomainException e, UriInfo uri) {
        return problem(422, "rule-violation", "Refused by a business rule", e.getMessage(), uri, List.of());
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "forbidden", "Forbidden", "Your role does not allow this", uri, List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return problem(401, "unauthorized", "Unauthorized", "A valid bearer token is required", uri, List.of());
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        String detail = status >= 500 ? "The request could not be handled" : e.getMessage();
        return problem(status, slug(title), title, detail, uri, List.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error", e);
        return problem(500, "internal", "Internal error", "The request could not be handled", uri, List.of());
    }

    static Response problem(int status, String type, String title, String detail, UriInfo uri,
                            List<Problem.FieldError> errors) {
        String instance = uri == null ? null : uri.getPath();
        return Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem(TYPE_BASE + type, title, status, detail, instance, errors)).build();
    }

    /** For a method parameter, drop the method and parameter names: "create.request.site" → "site". */
    static String fieldName(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean parameterPath = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR -> parameterPath = true;
                case PARAMETER, RETURN_VALUE -> {
                    if (!parameterPath) {
                        names.add(node.getName());
                    }
                }
                case CONTAINER_ELEMENT -> {
                    // an element of a list: "types[0]", not "types.<list element>"
                    if (node.getIndex() != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + node.getIndex() + "]");
                    }
                }
                default -> names.add(node.getIndex() != null ? node.getName() + "[" + node.getIndex() + "]"
                        : node.getName());
            }
        }
        if (names.isEmpty()) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    names.add(node.getName());
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }
}
