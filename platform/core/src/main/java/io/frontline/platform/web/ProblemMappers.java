package io.frontline.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
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
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        String fields = errors.stream().map(Problem.FieldError::field).distinct().collect(Collectors.joining(", "));
        return problem(400, "validation", "Invalid request", fields.equals("body")
                ? "The request needs a body: " + errors.get(0).message()
                : "These fields are invalid: " + fields, uri, errors);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return malformed(e, uri);
    }

    /** Quarkus has its own mapper for this one (an empty 400 outside dev mode): ours is more specific and first. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return malformed(e, uri);
    }

    static Response malformed(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        String field = null;
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            errors.add(new Problem.FieldError(field, "has the wrong type or format"));
        }
        return problem(400, "malformed-body", "Malformed request body", malformedDetail(e, field), uri, errors);
    }

    /** What was wrong with the body, in words a client can act on, without echoing the body. */
    static String malformedDetail(JsonProcessingException e, String field) {
        if (e instanceof StreamConstraintsException) {
            return "The body is nested too deeply or too large in one part (at most "
                    + StreamReadConstraints.DEFAULT_MAX_DEPTH + " levels of nesting)";
        }
        if (e instanceof MismatchedInputException mismatch) {
            Class<?> target = mismatch.getTargetType();
            boolean expectsObject = target != null && !target.isArray() && !Collection.class.isAssignableFrom(target)
                    && !Map.class.isAssignableFrom(target) && !target.isPrimitive() && !target.isEnum()
                    && !target.getName().startsWith("java.");
            if (field == null && expectsObject) {
                return "The body must be a JSON object";
            }
            if (field != null) {
                return "The field " + field + " has the wrong type or format";
            }
        }
        if (e instanceof JsonParseException || e.getCause() instanceof JsonParseException) {
            return "The body is not valid JSON";
        }
        return field == null ? "The body is not valid JSON for this request"
                : "The field " + field + " has the wrong type or format";
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
        for (Throwable cause = e.getCause(); cause != null && status == 400; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return malformed(json, uri);
            }
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return problem(status, slug(title), title, webDetail(e, status), uri, List.of());
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
            Path.MethodNode method = null;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == jakarta.validation.ElementKind.METHOD) {
                    method = node.as(Path.MethodNode.class);
                }
                if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                    // The request's body itself (no JAX-RS parameter annotation): "body", not the Java name
                    names.add(isBody(violation.getRootBeanClass(), method, node.as(Path.ParameterNode.class))
                            ? "body" : node.getName());
                }
            }
        }
        return names.isEmpty() ? "body" : String.join(".", names);
    }

    private static boolean isBody(Class<?> type, Path.MethodNode method, Path.ParameterNode parameter) {
        if (type == null || method == null) {
            return false;
        }
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                java.lang.reflect.Method m = c.getDeclaredMethod(method.getName(),
                        method.getParameterTypes().toArray(Class<?>[]::new));
                return java.util.Arrays.stream(m.getParameters()[parameter.getParameterIndex()].getAnnotations())
                        .map(a -> a.annotationType().getPackageName())
                        .noneMatch(p -> p.startsWith("jakarta.ws.rs") || p.startsWith("org.jboss.resteasy.reactive"));
            } catch (NoSuchMethodException | IndexOutOfBoundsException e) {
                // look further up
            }
        }
        return false;
    }

    /** A detail that says what to do; never Quarkus's "HTTP 400 Bad Request" or a server-side message. */
    static String webDetail(WebApplicationException e, int status) {
        return switch (status) {
            case 400 -> e.getCause() != null || e.getMessage() == null || e.getMessage().startsWith("HTTP 400")
                    ? "The request is malformed: a parameter or the body cannot be read" : e.getMessage();
            case 401 -> "A valid bearer token is required";
            case 403 -> "Your role does not allow this";
            case 404 -> e.getMessage() == null || e.getMessage().startsWith("HTTP 404")
                    ? "There is nothing at this address" : e.getMessage();
            case 405 -> "This address does not take this method";
            case 406 -> "This address answers only in application/json (or the type its documentation names)";
            case 413 -> "The body is too large";
            case 415 -> "The body's content type is not one this address takes (JSON endpoints take application/json)";
            default -> status >= 500 ? "The request could not be handled"
                    : e.getMessage() == null ? "The request cannot be handled" : e.getMessage();
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replace(' ', '-');
    }
}
