package io.frontline.platform.openapi;

import io.frontline.platform.query.ListPage;
import io.frontline.platform.web.Problem;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * The conventions every service's OpenAPI document follows, written once for all of them (registered with
 * {@code mp.openapi.filter} in the platform's defaults, so a new endpoint in any service gets them without a line
 * of its own):
 * <ul>
 *   <li>every operation has a summary (its own {@code @Operation(summary)}, else Quarkus's, else one made from its
 *       operationId) and an operationId (Quarkus's {@code operation-id-strategy});</li>
 *   <li>its error responses as {@code application/problem+json} ({@link Problem}, what {@code ProblemMappers} and
 *       {@code PublicEndpointLimits} write), where they can occur: 400 (bad parameters or body), 401 and 403 (a
 *       secured operation), 404 (a path with an id), 409 (a state change), 422 (a business rule), 429 with
 *       {@code Retry-After} (a rate-limited public endpoint, {@code frontline.public.rate-limit.enabled});</li>
 *   <li>bounded strings, arrays and integers: what Bean Validation says ({@code @Size}, {@code @Max}; SmallRye
 *       writes them as maxLength, maxItems, maximum) stays; what is unbounded in the code gets the bound that the
 *       request body size already implies ({@code frontline.http.max-body-size} characters; {@link ListPage#MAX_LIMIT}
 *       items for lists answered, the body size for lists sent) and integers their Java type's range.</li>
 * </ul>
 */
public class OpenApiConventions implements OASFilter {
    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final Set<PathItem.HttpMethod> CHANGES = Set.of(PathItem.HttpMethod.POST, PathItem.HttpMethod.PUT,
            PathItem.HttpMethod.PATCH, PathItem.HttpMethod.DELETE);

    private final int maxLength;
    private final boolean rateLimited;

    public OpenApiConventions() {
        Config config = ConfigProvider.getConfig();
        this.maxLength = config.getOptionalValue("frontline.http.max-body-size", Integer.class).orElse(65536);
        this.rateLimited = config.getOptionalValue("frontline.public.rate-limit.enabled", Boolean.class).orElse(false);
    }

    OpenApiConventions(int maxLength, boolean rateLimited) {
        this.maxLength = maxLength;
        this.rateLimited = rateLimited;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        Components components = openAPI.getComponents();
        if (openAPI.getInfo() != null) {
            if (openAPI.getInfo().getDescription() == null) {
                openAPI.getInfo().setDescription(openAPI.getInfo().getTitle()
                        + ": its endpoints, who may call them and their errors (RFC 9457 problem details)");
            }
            if (openAPI.getInfo().getContact() == null) {
                openAPI.getInfo().setContact(OASFactory.createContact().name("Frontline"));
            }
        }
        components.addSchema(PROBLEM, problemSchema());
        boolean secured = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        boolean hasPublic = false;
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations().forEach((method, operation) ->
                    describe(path, item, method, operation, secured)));
            hasPublic = openAPI.getPaths().getPathItems().keySet().stream().anyMatch(p -> p.startsWith("/api/public/"));
        }
        // One server: the origin this document is served from, whatever the environment; internal unless the service
        // has public endpoints (the ingress exposes /api/public/ of those)
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This service, at the origin that serves this document (local, test or production)")
                .addExtension("x-internal", !hasPublic)));
        Set<Schema> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        if (components.getSchemas() != null) {
            components.getSchemas().values().forEach(schema -> bound(schema, false, seen));
        }
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                List<Parameter> parameters = new ArrayList<>();
                if (item.getParameters() != null) {
                    parameters.addAll(item.getParameters());
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        parameters.addAll(operation.getParameters());
                    }
                    if (operation.getRequestBody() != null) {
                        boundContent(operation.getRequestBody().getContent(), true, seen);
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(response -> boundContent(response.getContent(), false, seen));
                    }
                }
                parameters.forEach(parameter -> bound(parameter.getSchema(), true, seen));
            }
        }
    }

    private void describe(String path, PathItem item, PathItem.HttpMethod method, Operation operation,
                          boolean securedByDefault) {
        if (operation.getSummary() == null || operation.getSummary().isBlank()) {
            operation.setSummary(words(operation.getOperationId() == null ? method + " " + path
                    : operation.getOperationId()));
        }
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        boolean hasParameters = (operation.getParameters() != null && !operation.getParameters().isEmpty())
                || (item.getParameters() != null && !item.getParameters().isEmpty());
        boolean hasBody = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null ? !operation.getSecurity().isEmpty() : securedByDefault;
        if (!secured) {
            // Said outright: this operation takes no token (a public endpoint, @PermitAll)
            operation.setSecurity(List.of(OASFactory.createSecurityRequirement()));
        }
        if (hasParameters || hasBody) {
            problem(responses, "400", "The request is malformed: a parameter or the body is not what the operation takes");
        }
        if (secured) {
            problem(responses, "401", "No valid access token (missing, expired, or not issued by the realm)");
            problem(responses, "403", "The caller's roles or site scope do not allow this");
        }
        if (path.contains("{")) {
            problem(responses, "404", "Nothing with this id, or nothing the caller may see");
        }
        if (CHANGES.contains(method)) {
            problem(responses, "409", "Not allowed in the current state");
        }
        if (hasParameters || hasBody) {
            problem(responses, "422", "Refused by a business rule");
        }
        if (rateLimited && path.startsWith("/api/public/")) {
            APIResponse tooMany = problem(responses, "429", "Too many requests from this client: wait as Retry-After says");
            if (tooMany.getHeaders() == null || !tooMany.getHeaders().containsKey("Retry-After")) {
                tooMany.addHeader("Retry-After", OASFactory.createHeader()
                        .description("Seconds to wait before the next request")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                                .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(86_400))));
            }
        }
        // Every 4xx an operation declares is a problem document, also those it declares itself
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("4") && response.getRef() == null) {
                    problemContent(response);
                }
            });
        }
    }

    private static APIResponse problem(APIResponses responses, String code, String description) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(description);
        }
        problemContent(response);
        return response;
    }

    private static void problemContent(APIResponse response) {
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        if (content.getMediaTypes() != null) {
            for (String type : List.copyOf(content.getMediaTypes().keySet())) {
                if (!type.equals(Problem.MEDIA_TYPE)) {
                    content.removeMediaType(type);
                }
            }
        }
        content.addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref(PROBLEM_REF)));
    }

    private Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048);
        Schema fieldError = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .addProperty("field", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(256))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(2048));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details; for validation errors the offending fields")
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri").maxLength(2048))
                .addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(400)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text)
                .addProperty("instance", OASFactory.createSchema().addType(Schema.SchemaType.STRING).format("uri-reference").maxLength(2048))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .maxItems(ListPage.MAX_LIMIT).items(fieldError))
                .required(List.of("type", "title", "status"));
    }

    private void boundContent(Content content, boolean request, Set<Schema> seen) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                bound(type.getSchema(), request, seen);
            }
        }
    }

    /** Gives every string, array and integer in the schema a bound, unless it has one. */
    private void bound(Schema schema, boolean request, Set<Schema> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        List<Schema.SchemaType> types = schema.getType() == null ? List.of() : schema.getType();
        if (types.contains(Schema.SchemaType.STRING) && schema.getMaxLength() == null
                && schema.getEnumeration() == null && schema.get("const") == null) {
            schema.setMaxLength(stringBound(schema.getFormat()));
        }
        if (types.contains(Schema.SchemaType.ARRAY) && schema.getMaxItems() == null) {
            schema.setMaxItems(request ? maxLength : ListPage.MAX_LIMIT);
        }
        if (types.contains(Schema.SchemaType.INTEGER)) {
            boolean int32 = "int32".equals(schema.getFormat());
            if (schema.getFormat() == null) {
                schema.setFormat("int64");
            }
            if (schema.getMinimum() == null && schema.getExclusiveMinimum() == null) {
                schema.setMinimum(BigDecimal.valueOf(int32 ? Integer.MIN_VALUE : Long.MIN_VALUE));
            }
            if (schema.getMaximum() == null && schema.getExclusiveMaximum() == null) {
                schema.setMaximum(BigDecimal.valueOf(int32 ? Integer.MAX_VALUE : Long.MAX_VALUE));
            }
        }
        bound(schema.getItems(), request, seen);
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> bound(property, request, seen));
        }
        if (schema.getAdditionalPropertiesSchema() != null) {
            bound(schema.getAdditionalPropertiesSchema(), request, seen);
        }
        for (List<Schema> composed : new List[]{schema.getAllOf(), schema.getAnyOf(), schema.getOneOf()}) {
            if (composed != null) {
                composed.forEach(part -> bound(part, request, seen));
            }
        }
    }

    private int stringBound(String format) {
        if (format == null) {
            return maxLength;
        }
        return switch (format) {
            case "uuid" -> 36;
            case "date" -> 10;
            case "date-time", "time", "duration" -> 64;
            default -> maxLength;
        };
    }

    /** "fileComplaint" → "File complaint". */
    static String words(String id) {
        String spaced = id.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
