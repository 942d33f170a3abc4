package io.frontline.complaint.adapter.in.rest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.frontline.complaint.Api.as;
import static io.frontline.complaint.Api.publicClient;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Every refusal of a malformed request is a problem document that says what was wrong, and changes nothing. */
@QuarkusTest
class MalformedRequestTest {

    @Test
    void a_json_array_where_a_complaint_object_is_expected_is_a_problem_naming_the_expected_shape() {
        publicClient().body("[{\"site\":\"ams-centrum\"}]").post("/api/public/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("JSON object"));
    }

    @Test
    void a_deeply_nested_document_is_a_problem_not_a_stack_overflow() {
        String nested = "{\"a\":".repeat(1_500) + "1" + "}".repeat(1_500);
        publicClient().body(nested).post("/api/public/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400)).body("detail", containsString("nested"));
    }

    @Test
    void a_body_that_is_not_json_is_a_problem_with_a_clear_detail() {
        publicClient().body("site=ams-centrum&subject=hi").post("/api/public/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("not valid JSON")).body("detail", not(containsString("HTTP 400")));
        as("emma.staff").body("{\"site\": ").post("/api/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", notNullValue());
    }

    @Test
    void an_empty_body_where_a_complaint_is_expected_is_a_problem() {
        publicClient().body("").post("/api/public/complaints")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("body"));
    }

    @Test
    void a_body_in_a_type_the_endpoint_does_not_take_is_a_problem() {
        publicClient().contentType(ContentType.TEXT).body("hello").post("/api/public/complaints")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("application/json"));
    }

    @Test
    void an_unknown_path_and_an_unsupported_method_are_problems() {
        publicClient().get("/api/public/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
        publicClient().delete("/api/public/complaints")
                .then().statusCode(405).contentType("application/problem+json");
    }
}
