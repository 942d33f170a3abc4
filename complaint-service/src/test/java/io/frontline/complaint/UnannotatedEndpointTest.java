package io.frontline.complaint;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.junit.jupiter.api.Test;

import static io.frontline.complaint.Api.as;
import static io.restassured.RestAssured.given;

/**
 * An endpoint that forgets to say who may call it is closed, not open (deny-unannotated-endpoints, from the platform's
 * defaults): neither an anonymous caller nor a signed-in one reaches it.
 */
@QuarkusTest
class UnannotatedEndpointTest {

    /** A resource as a hurried change might add it: no @RolesAllowed, no @PermitAll. */
    @Path("/api/forgotten-rule")
    public static class ForgottenRule {
        @GET
        public String secret() {
            return "should never be served";
        }
    }

    @Test
    void an_endpoint_without_a_role_rule_is_refused_to_everyone() {
        given().get("/api/forgotten-rule").then().statusCode(401).contentType("application/problem+json");
        as("ada.admin").get("/api/forgotten-rule").then().statusCode(403).contentType("application/problem+json");
    }
}
